"""The right guide first: run on every backend by `make test` (SQLite, PostgreSQL, Elasticsearch)."""

import pytest
from django.urls import reverse
from django.utils import translation

from glossary.models import GlossaryTermPage
from knowledge.models import QualityArea
from methods.models import MethodGuidePage
from search.analysis import words
from tests.helpers import page_in


def get(client, language, name, **params):
    with translation.override(language):
        url = reverse(name)
    return client.get(url, params)


def ranked(response):
    return list(response.context["results_page"].object_list)


@pytest.mark.parametrize(
    ("language", "query", "slug"),
    [
        ("sv", "arbetsmiljö", "systematiskt-arbetsmiljoarbete"),
        ("en", "work environment", "systematic-work-environment-management"),
        ("sv", "samverkan offentlig sektor", "samverkan-med-offentlig-sektor"),  # two guides say samverkan
        ("sv", "dataskydd", "dataskydd-och-gdpr"),
    ],
)
def test_a_word_in_a_guides_title_puts_the_guide_first(client, content, language, query, slug):
    guide = page_in(MethodGuidePage, language, slug=slug)
    results = ranked(get(client, language, "search", q=query))
    assert results[0].pk == guide.pk, [page.title for page in results[:5]]


def test_terms_that_only_mention_the_word_come_after_the_guide(client, content):
    guide = page_in(MethodGuidePage, "sv", slug="systematiskt-arbetsmiljoarbete")
    results = ranked(get(client, "sv", "search", q="arbetsmiljö"))
    positions = {page.pk: index for index, page in enumerate(results)}
    mentioning = [
        page
        for page in results
        if isinstance(page.specific, GlossaryTermPage) and "arbetsmiljö" not in page.title.lower()
    ]
    assert mentioning, "the query should also find terms that only mention the word"
    assert all(positions[page.pk] > positions[guide.pk] for page in mentioning)


def test_the_name_of_a_quality_area_finds_its_guides_first(client, content):
    area = QualityArea.objects.get(slug="deltagarens-vag", locale__language_code="sv")
    results = ranked(get(client, "sv", "search", q=area.name))
    in_area = [
        page
        for page in results
        if isinstance(page.specific, MethodGuidePage)
        and page.specific.quality_area.translation_key == area.translation_key
    ]
    assert len(in_area) >= 2
    # Every guide of the area that was found comes before anything outside it.
    assert results[: len(in_area)] == in_area, [page.title for page in results[:6]]


@pytest.mark.parametrize(("language", "typed"), [("sv", "avvikel"), ("en", "deviat"), ("sv", "arbetsmil")])
def test_autocomplete_suggests_only_pages_named_by_what_was_typed(client, content, language, typed):
    suggestions = get(client, language, "search_autocomplete", q=typed).json()["results"]
    assert suggestions
    for item in suggestions:
        assert any(word.startswith(typed) for word in words(item["title"])), item


def test_each_result_shows_its_type_and_quality_area(client, content):
    html = get(client, "sv", "search", q="avvikelsehantering").content.decode()
    meta = html[html.index('class="result__meta"') :].split("</p>", 1)[0]
    assert "Metodhandledning" in meta and "Avvikelser och klagomål" in meta
