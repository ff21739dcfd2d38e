"""The reader's search page and its autocomplete endpoint: the active language only, never an error on
odd input."""

from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import transaction
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from knowledge.localization import localize
from knowledge.tagging import attach_organisation_forms

from . import facets as facet_module
from .models import SearchQueryLog
from .query import clean_query
from .service import find, suggestions

RESULTS_PER_PAGE = 10
FACET_NAMES = [name for name, _label in facet_module.FACETS]


def _selected_facets(request, labels):
    """({facet: value}, [names of facets whose value is unknown]); unknown values are dropped."""
    selected, invalid = {}, []
    for name in FACET_NAMES:
        value = request.GET.get(name, "").strip()[:100]
        if value and value not in labels[name]:
            invalid.append(name)
            value = ""
        selected[name] = value
    return selected, invalid


def _url(query, selected, **changes):
    params = {"q": query, **{k: v for k, v in selected.items() if v}}
    params.update(changes)
    return "?" + urlencode({k: v for k, v in params.items() if v})


def _promotions(search_query, locale):
    picks = search_query.editors_picks.select_related("page").order_by("sort_order")
    return [
        pick for pick in picks if pick.page is None or (pick.page.live and pick.page.locale_id == locale.pk)
    ]


def search(request):
    query, truncated = clean_query(request.GET.get("q", ""))
    locale = Locale.get_active()
    labels = facet_module.choices(locale)
    selected, invalid = _selected_facets(request, labels)
    status, error = 200, None
    if invalid:
        status, error = (
            400,
            _("Ett filter har ett värde som inte finns. Vi visar träffarna utan det filtret."),
        )
    context = {"query": query, "truncated": truncated, "selected": selected}

    if query:
        outcome = find(query, locale)
        hit_ids = outcome.hits
        values = facet_module.facet_values(hit_ids)
        filtered = facet_module.apply_facets(hit_ids, values, selected)
        paginator = Paginator(filtered, RESULTS_PER_PAGE)
        raw_page = request.GET.get("page", "1")
        try:
            results_page = paginator.page(raw_page)
        except PageNotAnInteger:
            status, error = 400, _("Sidnumret måste vara ett heltal. Här är första sidan.")
            results_page = paginator.page(1)
        except EmptyPage:
            status, error = 404, _("Det finns ingen sådan sida av sökresultatet. Här är första sidan.")
            results_page = paginator.page(1)
        by_id = Page.objects.filter(pk__in=results_page.object_list).specific().in_bulk()
        results_page.object_list = [by_id[pk] for pk in results_page.object_list if pk in by_id]
        attach_organisation_forms(results_page.object_list)
        areas = localize([getattr(result, "quality_area", None) for result in results_page.object_list])
        for result, area in zip(results_page.object_list, areas, strict=True):
            result.localized_quality_area = area

        facet_list = facet_module.facet_counts(hit_ids, values, selected, labels)
        for facet in facet_list:
            for option in facet.options:
                option.url = _url(query, selected, **{facet.name: option.value})
            facet.clear_url = _url(query, selected, **{facet.name: ""})
        # Nothing left with the chosen filters: offer to drop one filter at a time, with what each gives.
        widen = []
        if not filtered and hit_ids:
            for name, label in facet_module.FACETS:
                if selected[name]:
                    fewer = {**selected, name: ""}
                    widen.append(
                        {
                            "facet": label,
                            "value": labels[name].get(selected[name], selected[name]),
                            "url": _url(query, fewer),
                            "count": len(facet_module.apply_facets(hit_ids, values, fewer)),
                        }
                    )
        definition_page = None
        if outcome.term_page_id:
            definition_page = Page.objects.filter(pk=outcome.term_page_id).specific().first()
        context.update(
            results_page=results_page,
            paginator=paginator,
            # A facet without options is left out, and the facet box altogether when none has any.
            facets=[facet for facet in facet_list if facet.options],
            widen=widen,
            any_facet_selected=any(selected.values()),
            clear_facets_url=_url(query, {}),
            base_query=_url(query, selected)[1:] + "&",
            corrected_query=outcome.corrected_query,
            definition_page=definition_page,
        )
        with transaction.atomic():  # one commit for both counters
            search_query = Query.get(query)
            search_query.add_hit()
            SearchQueryLog.record(locale, query, len(outcome.hits))
        context["promotions"] = _promotions(search_query, locale)

    context["error"] = error
    return TemplateResponse(request, "search/search.html", context, status=status)


def autocomplete(request):
    """JSON suggestions for the search box: {"results": [{"title", "url", "type"}]}, active language."""
    query, _truncated = clean_query(request.GET.get("q", "")[:200])
    locale = Locale.get_active()
    results = []
    if len(query) >= 2:
        pages = suggestions(query, locale)
        specific = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
        for page in pages:
            page = specific.get(page.pk, page)
            results.append(
                {
                    "title": getattr(page, "term", "") or page.title,
                    "url": page.get_url(request=request),
                    "type": str(page.specific_class._meta.verbose_name).capitalize(),
                }
            )
    response = JsonResponse({"query": query, "results": results})
    response["Cache-Control"] = "max-age=60"
    return response
