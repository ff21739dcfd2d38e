"""The reader's search page and its autocomplete endpoint: the active language only, never an error on
odd input."""

from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from knowledge.models import QualityArea
from knowledge.searchable import describe
from knowledge.tagging import attach_organisation_forms
from knowledge.taxonomy_cache import taxonomy

from . import facets as facet_module
from . import querylog
from .promotions import promoted_queries
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


def _promotions(query, locale):
    """Editors' promoted results for the query (read only: a search writes nothing while it answers)."""
    query_string = normalise_query_string(query)
    if query_string not in promoted_queries():
        return []
    picks = (
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order")
    )
    return [
        pick for pick in picks if pick.page is None or (pick.page.live and pick.page.locale_id == locale.pk)
    ]


def _specific_pages(ids, rows):
    """{id: specific page} for ``ids``, one query per page type (the types are known from the hit rows)."""
    ids_by_type = {}
    for pk in ids:
        if pk in rows:
            ids_by_type.setdefault(rows[pk].content_type_id, []).append(pk)
    found = {}
    for content_type_id, type_ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()  # cached by Django
        if model is not None:
            found.update(model.objects.in_bulk(type_ids))
    return found


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
        values = facet_module.facet_values(hit_ids, outcome.rows)
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
        wanted = list(results_page.object_list)
        if outcome.term_page_id:
            wanted.append(outcome.term_page_id)
        by_id = _specific_pages(wanted, outcome.rows)
        results_page.object_list = [by_id[pk] for pk in results_page.object_list if pk in by_id]
        attach_organisation_forms(
            results_page.object_list, {pk: values[pk]["form_ids"] for pk in wanted if pk in values}
        )
        # How each result is shown comes from its page type (knowledge/searchable.py); its quality area
        # in the reader's language from the hit rows and the cached taxonomy (no query).
        terms = taxonomy()
        for result in results_page.object_list:
            area_id = outcome.rows[result.pk].quality_area_id
            result.hit = describe(result)
            result.localized_quality_area = (
                terms.localized(terms.get(QualityArea, area_id), locale.pk) if area_id else None
            )

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
        # "Definition first": the page the query names, when it defines something.
        named = by_id.get(outcome.term_page_id)
        definition = describe(named) if named is not None else None
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
            degraded=outcome.degraded,
            definition=definition if definition and definition.definition else None,
            definition_page=named,
        )
        querylog.record(locale.pk, query, len(outcome.hits))
        context["promotions"] = _promotions(query, locale)

    context["error"] = error
    response = TemplateResponse(request, "search/search.html", context, status=status)
    if context.get("degraded"):
        response.page_cache = False  # a full answer is expected as soon as the search server is back
    elif query:
        # Counted again when the page cache serves this response (see apps.py).
        response.page_cache_meta = {"search_log": [locale.pk, query, len(outcome.hits)]}
    return response


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
                    "title": describe(page).label,
                    "url": page.get_url(request=request),
                    "type": str(page.specific_class._meta.verbose_name).capitalize(),
                }
            )
    response = JsonResponse({"query": query, "results": results})
    response["Cache-Control"] = "max-age=60"
    return response
