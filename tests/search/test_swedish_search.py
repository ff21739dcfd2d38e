"""Search that understands Swedish (and English): run on every backend by `make test` (SQLite, then
PostgreSQL and Elasticsearch started by the test run)."""

import pytest
from django.urls import reverse
from django.utils import translation

from glossary.models import GlossaryTermPage
from methods.models import ExampleRoutinePage, MethodGuidePage
from search.analysis import words
from tests.helpers import page_in


def search(client, language, **params):
    with translation.override(language):
        url = reverse("search")
    return client.get(url, params)


def found(response):
    return [page.pk for page in response.context["results_page"].object_list]


@pytest.mark.parametrize(
    ("query", "model", "slug"),
    [
        ("rutinerna", GlossaryTermPage, "rutin"),
        ("avvikelser", GlossaryTermPage, "avvikelse"),
        ("klagomålet", GlossaryTermPage, "klagomal"),
        ("personuppgiftsincident", ExampleRoutinePage, "personuppgiftsincident"),
    ],
)
def test_inflected_swedish_forms_find_each_other(client, content, query, model, slug):
    page = page_in(model, "sv", slug=slug)
    assert query not in words(page.title), "the query must be another form than the title's"
    response = search(client, "sv", q=query)
    assert found(response)[:3].count(page.pk) == 1


@pytest.mark.parametrize(
    ("query", "slug"),
    [("ASF", "arbetsintegrerande-socialt-foretag"), ("IOP", "iop"), ("SAM", "sam"), ("svb", "svb-bolag")],
)
def test_abbreviation_finds_its_term_first_with_the_definition_above(client, content, query, slug):
    term = page_in(GlossaryTermPage, "sv", slug=slug)
    response = search(client, "sv", q=query)
    assert found(response)[0] == term.pk
    html = response.content.decode()
    assert html.index(term.short_definition) < html.index('class="results"')


def test_synonym_finds_the_page_that_uses_the_other_word(client, content):
    guide = page_in(MethodGuidePage, "sv", slug="individuell-plan")
    response = search(client, "sv", q="handlingsplan")
    assert guide.pk in found(response)[:3]


def test_synonym_added_by_an_editor_is_used_at_once(client, content):
    from search.models import SynonymGroup

    guide = page_in(MethodGuidePage, "sv", slug="dokumentstyrning")
    assert search(client, "sv", q="pappersexercis").context["paginator"].count == 0
    SynonymGroup.objects.create(locale=content["sv"], words="dokumentstyrning, pappersexercis")
    assert guide.pk in found(search(client, "sv", q="pappersexercis"))


def test_start_of_a_compound_finds_the_compound(client, content):
    guide = page_in(MethodGuidePage, "sv", slug="systematiskt-arbetsmiljoarbete")
    response = search(client, "sv", q="arbetsmiljö")
    assert guide.pk in found(response)[:3]


def test_swedish_letters_stay_distinct(client, content):
    term = page_in(GlossaryTermPage, "sv", slug="langt-fran-arbetsmarknaden")
    exact = search(client, "sv", q="långt")
    assert term.pk in found(exact) and exact.context["corrected_query"] is None
    # "langt" matches nothing as typed; only the typo fallback then offers "långt".
    folded = search(client, "sv", q="langt")
    assert folded.context["corrected_query"] == "långt"


def test_typo_is_corrected_with_a_note(client, content):
    guide = page_in(MethodGuidePage, "sv", slug="avvikelsehantering")
    response = search(client, "sv", q="avvikelsehantring")
    assert guide.pk in found(response)[:3]
    assert response.context["corrected_query"] == "avvikelsehantering"
    assert "avvikelsehantering" in response.content.decode()


@pytest.mark.parametrize(("query", "slug"), [("complaints", "complaint"), ("deviations", "deviation")])
def test_english_inflections_and_only_english_pages(client, content, query, slug):
    term = page_in(GlossaryTermPage, "en", slug=slug)
    response = search(client, "en", q=query)
    assert found(response)[0] == term.pk
    assert all(page.locale_id == content["en"].pk for page in response.context["results_page"].object_list)


@pytest.mark.parametrize(("language", "query"), [("sv", "rutin"), ("en", "routine"), ("sv", "ASF")])
def test_every_result_and_facet_count_is_in_the_readers_language(client, content, language, query):
    response = search(client, language, q=query)
    paginator = response.context["paginator"]
    pages = [page for number in paginator.page_range for page in paginator.page(number).object_list]
    assert pages
    from wagtail.models import Page

    locales = set(Page.objects.filter(pk__in=pages).values_list("locale_id", flat=True))
    assert locales == {content[language].pk}


def test_swedish_word_in_english_search_finds_no_swedish_page(client, content):
    response = search(client, "en", q="avvikelsehantering")
    assert all(page.locale_id == content["en"].pk for page in response.context["results_page"].object_list)


def _facet_options(response):
    return [(facet.name, option) for facet in response.context["facets"] for option in facet.options]


@pytest.mark.parametrize(("language", "query"), [("sv", "rutin"), ("en", "participants")])
def test_each_facet_count_equals_the_results_it_gives(client, content, language, query):
    response = search(client, language, q=query)
    options = _facet_options(response)
    assert {name for name, _option in options} == {"type", "area", "form"}
    for name, option in options:
        narrowed = search(client, language, q=query, **{name: option.value})
        assert narrowed.status_code == 200
        assert narrowed.context["paginator"].count == option.count, (name, option.value)


def test_facets_combine_and_counts_follow_the_other_choices(client, content):
    response = search(client, "sv", q="rutin", type="routine")
    for name, option in _facet_options(response):
        if name == "type":
            continue
        narrowed = search(client, "sv", q="rutin", type="routine", **{name: option.value})
        assert narrowed.context["paginator"].count == option.count
        kinds = {page.specific_class.__name__ for page in narrowed.context["results_page"].object_list}
        assert kinds <= {"ExampleRoutinePage"}


def test_facet_links_are_urls_with_the_query(client, content):
    response = search(client, "sv", q="rutin")
    option = _facet_options(response)[0][1]
    assert option.url.startswith("?q=rutin&")
    assert f'href="{option.url.replace("&", "&amp;")}"' in response.content.decode()


def test_unknown_facet_value_is_a_400_with_results(client, content):
    response = search(client, "sv", q="rutin", area="finns-inte")
    assert response.status_code == 400
    assert response.context["paginator"].count > 0
    assert "filter" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '"unterminated',
        "a AND (b OR",
        "rutin)",
        "NOT OR AND",
        "title:foo^2 ~ * ? \\ /regex/ [a TO z] {x}",
        "'; DROP TABLE wagtailcore_page; --",
        "😀🙈 rutin",
        "x" * 1000,
        "rutin " * 200,
        "kontroll\x01tecken",  # a NUL is refused before any view: tests/security/test_bad_parameters.py
        "-",
        "*",
        "ö" * 300,
    ],
)
def test_odd_input_never_errors(client, content, query):
    assert search(client, "sv", q=query).status_code == 200
    assert autocomplete(client, "sv", q=query).status_code == 200


def autocomplete(client, language, **params):
    with translation.override(language):
        url = reverse("search_autocomplete")
    return client.get(url, params)


@pytest.mark.parametrize(
    ("language", "typed", "title"),
    [("sv", "avvik", "Avvikelsehantering"), ("en", "devia", "Deviation handling")],
)
def test_autocomplete_suggests_pages_in_the_active_language(client, content, language, typed, title):
    response = autocomplete(client, language, q=typed)
    assert response.status_code == 200
    results = response.json()["results"]
    assert title in [item["title"] for item in results]
    assert all(item["url"].startswith(f"/{language}/") for item in results)


def test_promoted_result_is_shown_above_the_results(client, content):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    guide = page_in(MethodGuidePage, "sv", slug="dokumentstyrning")
    SearchPromotion.objects.create(query=Query.get("rutin"), page=guide, description="Börja här")
    html = search(client, "sv", q="rutin").content.decode()
    assert html.index("Börja här") < html.index('class="results"')


def test_queries_are_logged_per_language_with_their_hits(client, content):
    from search.models import SearchQueryLog

    SearchQueryLog.objects.all().delete()  # the browser tests' searches are committed to the reused database
    search(client, "sv", q="Rutin")
    search(client, "sv", q="rutin")
    search(client, "sv", q="zzyzx")
    logged = SearchQueryLog.objects.get(locale=content["sv"], query="rutin")
    assert logged.searches == 2 and logged.hits > 0
    assert SearchQueryLog.objects.get(locale=content["sv"], query="zzyzx").hits == 0


def test_admin_report_lists_frequent_and_fruitless_queries_per_language(admin_client, client, content):
    from search.models import SearchQueryLog

    SearchQueryLog.objects.all().delete()  # the browser tests' searches are committed to the reused database
    search(client, "sv", q="rutin")
    search(client, "sv", q="zzyzx")
    search(client, "en", q="qqxqq")

    def rows(**filters):
        response = admin_client.get(reverse("search_query_report"), filters)
        assert response.status_code == 200
        return [row.query for row in response.context["object_list"]]

    assert rows(locale="sv", nothing_found="true") == ["zzyzx"]
    assert "rutin" in rows(locale="sv")
    assert rows(locale="en", nothing_found="true") == ["qqxqq"]
    export = admin_client.get(reverse("search_query_report"), {"export": "csv", "nothing_found": "true"})
    assert "zzyzx" in b"".join(export.streaming_content).decode()


def test_admin_report_says_when_no_search_found_nothing(admin_client, content):
    from search.models import SearchQueryLog

    SearchQueryLog.objects.all().delete()
    response = admin_client.get(reverse("search_query_report"), {"nothing_found": "true"})
    assert "Inga sökningar utan träffar" in response.content.decode()


def test_synonyms_are_seeded_from_the_glossary_and_editable_in_the_admin(admin_client, content):
    from search.models import SynonymGroup

    term = page_in(GlossaryTermPage, "sv", slug="arbetsintegrerande-socialt-foretag")
    group = SynonymGroup.objects.get(term_page=term)
    assert "ASF" in group.word_list() and term.term in group.word_list()
    response = admin_client.get(reverse("wagtailsnippets_site_search_synonymgroup:edit", args=[group.pk]))
    assert response.status_code == 200
