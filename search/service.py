"""Running a reader's search: expansion, the AND-then-OR-then-typo fallbacks, and the glossary term first."""

import logging
from dataclasses import dataclass, field

from wagtail.models import Page

from knowledge.models import QualityArea
from knowledge.searchable import names_of, searchable_page_models
from knowledge.taxonomy_cache import taxonomy
from knowledge.visibility import public

from . import outage
from .analysis import analyse, words
from .expansion import build_query, corrected, defined_term_page_id, slots_for
from .facets import result_type_for
from .vocabulary import vocabulary_for

logger = logging.getLogger(__name__)
MAX_HITS = 500  # facets and result pages cover the best 500 hits (50 pages of results)
RERANK_TOP = 50  # the backend's best hits that are re-ordered by how well their title matches
MIN_PREFIX_STEM = 5  # a shorter stem must match a title word exactly ("sam" is not "samverkan")


@dataclass
class Outcome:
    hits: list  # page ids, best first
    corrected_query: str | None = None  # set when a typo was corrected
    term_page_id: int | None = None  # the glossary page the query names
    rows: dict = field(default_factory=dict)  # page id -> HitRow, for every hit
    degraded: bool = False  # the search server did not answer: titles were searched in the database


@dataclass
class HitRow:
    title: str
    content_type_id: int
    quality_area_id: int | None


def _quality_area_lookups():
    """Lookups from Page to the quality area of each page type that declares one (``Searchable``), so that
    a single query reads every hit's type, title and area without importing content apps."""
    lookups = []
    for model in searchable_page_models():
        field = model.search_quality_area_field
        if field and model._meta.get_ancestor_link(Page) is not None:
            lookups.append(f"{model._meta.model_name}__{model._meta.get_field(field).attname}")
    return lookups


def hit_rows(pages, ids):
    """{page id: HitRow} for those of ``ids`` that are in ``pages``, in one query."""
    lookups = _quality_area_lookups()
    rows = {}
    for pk, title, content_type_id, *areas in pages.filter(pk__in=ids).values_list(
        "pk", "title", "content_type_id", *lookups
    ):
        rows[pk] = HitRow(title, content_type_id, next((area for area in areas if area), None))
    return rows


class SearchUnavailable(Exception):
    """The search backend (an Elasticsearch server) does not answer."""


def _is_outage(error):
    module = type(error).__module__
    return isinstance(error, (ConnectionError, TimeoutError)) or module.startswith(
        ("elasticsearch", "elastic_transport", "urllib3")
    )


def _search(pages, slots, operator):
    query = build_query(slots, operator)
    if query is None:
        return []
    if outage.resting():
        raise SearchUnavailable("the search server did not answer a moment ago")
    try:
        return _backend_search(pages, query)
    except Exception as error:
        if not _is_outage(error):
            raise
        outage.failed()
        raise SearchUnavailable from error


def _backend_search(pages, query):
    results = pages.search(query)
    # Our SQLite backend can rank without loading a model object per hit; other backends load them.
    ranked_ids = getattr(results, "ranked_ids", None)
    ids = ranked_ids(MAX_HITS) if ranked_ids else None
    if ids is None:
        ids = [page.pk for page in results[:MAX_HITS]]
    return ids[:MAX_HITS]


def _stem_matches(stem, title_stems):
    if len(stem) >= MIN_PREFIX_STEM:
        return any(title_stem.startswith(stem) for title_stem in title_stems)
    return stem in title_stems


def _title_coverage(title, slots, language):
    """The share of the query's slots that some alternative fills in the page's title."""
    title_stems = analyse(title, language).split()
    covered = 0
    for slot in slots:
        for alternative in [slot.text, *slot.alternatives]:
            stems = analyse(alternative, language).split()
            if stems and all(_stem_matches(stem, title_stems) for stem in stems):
                covered += 1
                break
    return covered / len(slots) if slots else 0


def _rerank(hits, rows, slots, locale):
    """Backends rank by term frequency; readers expect the page named after what they typed first. The best
    hits are re-ordered by how much of the query their title covers, the quality area of the site's main
    content (a result type that is ``leading``: guides) counting as part of its title ("arbetsmiljö" names
    the area of the SAM guide); among pages covered equally, the main content comes before terms and
    routines that share the word. Otherwise the backend's order is kept (the sort is stable). No query:
    titles and areas come from ``rows``, names from the cached taxonomy."""
    language = locale.language_code
    terms = taxonomy()

    def key(pk):
        row = rows.get(pk)
        if row is None:
            return (0, 1)
        leading = result_type_for(row.content_type_id).leading
        coverage = _title_coverage(row.title, slots, language)
        if leading and row.quality_area_id:
            area = terms.localized(terms.get(QualityArea, row.quality_area_id), locale.pk)
            if area is not None:
                coverage = max(coverage, _title_coverage(area.name, slots, language))
        return (-coverage, 0 if coverage and leading else 1)

    return sorted(hits[:RERANK_TOP], key=key) + hits[RERANK_TOP:]


def _best_effort(pages, slots):
    hits = _search(pages, slots, "and")
    if not hits and len(slots) > 1:
        hits = _search(pages, slots, "or")
    return hits


def _found(pages, slots, locale, corrected_query=None):
    hits = _best_effort(pages, slots)
    term_page_id = defined_term_page_id(slots)
    # One query for what reranking, the definition and the facets need to know about the hits.
    rows = hit_rows(pages, hits + ([term_page_id] if term_page_id else []))
    hits = _rerank([pk for pk in hits if pk in rows], rows, slots, locale)
    outcome = Outcome(hits, corrected_query=corrected_query, rows=rows)
    if term_page_id and term_page_id in rows:
        # The term the query names comes first; its definition is also shown above the results.
        outcome.term_page_id = term_page_id
        outcome.hits = [term_page_id, *[pk for pk in hits if pk != term_page_id]]
    return outcome


def find(text, locale):
    """The pages in ``locale`` that match ``text``, best first."""
    vocabulary = vocabulary_for(locale)
    pages = public(Page.objects.live().filter(locale=locale)).only("id")  # only ids are used
    slots = slots_for(text, vocabulary)
    try:
        outcome = _found(pages, slots, locale)
        if not outcome.hits:
            fixed = corrected(text, vocabulary)
            if fixed:
                outcome = _found(pages, slots_for(fixed, vocabulary), locale, corrected_query=fixed)
    except SearchUnavailable:
        logger.warning("Search backend unavailable: searching titles in the database", exc_info=True)
        outcome = _title_search(pages, text, locale.language_code)
    return outcome


def _title_search(pages, text, language):
    """When the search server is down: pages whose title contains every typed word, from the database."""
    typed = words(text)[:6]
    matching = pages
    for word in typed:
        matching = matching.filter(title__icontains=word)
    ids = list(matching.order_by("title").values_list("pk", flat=True)[:MAX_HITS]) if typed else []
    return Outcome(ids, rows=hit_rows(pages, ids), degraded=True)


def _names(page):
    """The words a page is known by (``Searchable.search_names``: a term's headword, synonyms and
    abbreviations too)."""
    return words(" ".join(name for name in names_of(page) if name))


def suggestions(text, locale, limit=8):
    """Pages whose names (the title; a term's headword, synonyms, abbreviations) have a word starting with
    each word typed, for autocomplete. The backend's matches are checked again here: some backends also
    match inside other fields or on shorter stems, and a suggestion must visibly fit what was typed
    ("avvikel" never suggests an unrelated page)."""
    typed_words = words(text)[:6]
    if not typed_words:
        return []
    pages = public(Page.objects.live().filter(locale=locale))
    try:
        if outage.resting():
            raise SearchUnavailable("the search server did not answer a moment ago")
        candidates = [page.pk for page in pages.autocomplete(" ".join(typed_words))[: limit * 3]]
    except Exception as error:
        if not isinstance(error, SearchUnavailable):
            if not _is_outage(error):
                raise
            outage.failed()
        logger.warning("Search backend unavailable: autocomplete from titles", exc_info=True)
        return list(pages.filter(title__istartswith=" ".join(typed_words)).order_by("title")[:limit])
    by_id = Page.objects.filter(pk__in=candidates).specific().in_bulk()
    found = []
    for pk in candidates:
        page = by_id.get(pk)
        if page is None:
            continue
        names = _names(page)
        if all(any(name.startswith(word) for name in names) for word in typed_words):
            found.append(page)
    return found[:limit]
