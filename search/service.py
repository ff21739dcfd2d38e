"""Running a reader's search: expansion, the AND-then-OR-then-typo fallbacks, and the glossary term first."""

from dataclasses import dataclass

from wagtail.models import Page

from knowledge.models import QualityArea

from .analysis import analyse, words
from .expansion import build_query, corrected, defined_term_page_id, slots_for
from .facets import facet_values
from .vocabulary import vocabulary_for

MAX_HITS = 500  # facets and result pages cover the best 500 hits (50 pages of results)
RERANK_TOP = 50  # the backend's best hits that are re-ordered by how well their title matches
MIN_PREFIX_STEM = 5  # a shorter stem must match a title word exactly ("sam" is not "samverkan")


@dataclass
class Outcome:
    hits: list  # page ids, best first
    corrected_query: str | None = None  # set when a typo was corrected
    term_page_id: int | None = None  # the glossary page the query names


def _search(pages, slots, operator):
    query = build_query(slots, operator)
    if query is None:
        return []
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


def _rerank(hits, slots, locale):
    """Backends rank by term frequency; readers expect the page named after what they typed first. The best
    hits are re-ordered by how much of the query their title covers, a guide's quality area counting as
    part of its title ("arbetsmiljö" names the area of the SAM guide); among pages covered equally, guides
    (the site's main content) come before terms and routines that share the word. Otherwise the backend's
    order is kept (the sort is stable)."""
    language = locale.language_code
    top = hits[:RERANK_TOP]
    titles = dict(Page.objects.filter(pk__in=top).values_list("pk", "title"))
    values = facet_values(top)
    area_names = dict(QualityArea.objects.filter(locale=locale).values_list("slug", "name"))

    def key(pk):
        value = values.get(pk, {})
        is_guide = value.get("type") == "guide"
        coverage = _title_coverage(titles.get(pk, ""), slots, language)
        if is_guide and value.get("area") in area_names:
            coverage = max(coverage, _title_coverage(area_names[value["area"]], slots, language))
        return (-coverage, 0 if coverage and is_guide else 1)

    return sorted(top, key=key) + hits[RERANK_TOP:]


def _best_effort(pages, slots):
    hits = _search(pages, slots, "and")
    if not hits and len(slots) > 1:
        hits = _search(pages, slots, "or")
    return hits


def find(text, locale):
    """The pages in ``locale`` that match ``text``, best first."""
    vocabulary = vocabulary_for(locale)
    pages = Page.objects.live().public().filter(locale=locale).only("id")  # only ids are used
    slots = slots_for(text, vocabulary)
    hits = _rerank(_best_effort(pages, slots), slots, locale)
    outcome = Outcome(hits)
    if not hits:
        fixed = corrected(text, vocabulary)
        if fixed:
            slots = slots_for(fixed, vocabulary)
            hits = _rerank(_best_effort(pages, slots), slots, locale)
            outcome = Outcome(hits, corrected_query=fixed)
    term_page_id = defined_term_page_id(slots)
    if term_page_id:
        if pages.filter(pk=term_page_id).exists():
            # The term the query names comes first; its definition is also shown above the results.
            outcome.term_page_id = term_page_id
            outcome.hits = [term_page_id, *[pk for pk in outcome.hits if pk != term_page_id]]
    return outcome


def _names(page):
    """The words a page is known by: its title, and a term's headword, synonyms and abbreviations."""
    names = [page.title, getattr(page, "term", "")]
    for attribute in ("synonym_list", "abbreviation_list"):
        listed = getattr(page, attribute, None)
        names += listed() if callable(listed) else []
    return words(" ".join(name for name in names if name))


def suggestions(text, locale, limit=8):
    """Pages whose title (or term, or abbreviation) has a word starting with each word typed, for
    autocomplete. The backend's matches are checked again here: some backends also match inside other
    fields or on shorter stems, and a suggestion must visibly fit what was typed ("avvikel" never suggests
    an unrelated page)."""
    typed_words = words(text)[:6]
    if not typed_words:
        return []
    pages = Page.objects.live().public().filter(locale=locale)
    candidates = [page.pk for page in pages.autocomplete(" ".join(typed_words))[: limit * 3]]
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
