"""The reader's search page: every page type, the active language only."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from knowledge.tagging import attach_organisation_forms

from .query import clean_query

RESULTS_PER_PAGE = 10


def search(request):
    query, truncated = clean_query(request.GET.get("q", ""))
    status = 200
    error = None
    results_page = None
    paginator = None

    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(query, operator="and")
        paginator = Paginator(results, RESULTS_PER_PAGE)
        raw_page = request.GET.get("page", "1")
        try:
            results_page = paginator.page(raw_page)
        except PageNotAnInteger:
            status, error = 400, _("Sidnumret måste vara ett heltal. Här är första sidan.")
            results_page = paginator.page(1)
        except EmptyPage:
            status, error = 404, _("Det finns ingen sådan sida av sökresultatet. Här är första sidan.")
            results_page = paginator.page(1)
        attach_organisation_forms(list(results_page.object_list))
        Query.get(query).add_hit()

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": query,
            "truncated": truncated,
            "results_page": results_page,
            "paginator": paginator,
            "error": error,
        },
        status=status,
    )
