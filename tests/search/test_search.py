"""The reader's search: all page types, the active language only, never an error on odd input."""

import pytest
from django.urls import reverse
from django.utils import translation

from glossary.models import GlossaryTermPage
from methods.models import MethodGuidePage
from tests.helpers import page_in


def search(client, language, **params):
    with translation.override(language):
        url = reverse("search")
    return client.get(url, params)


def result_pages(response):
    return list(response.context["results_page"].object_list)


@pytest.mark.parametrize(
    ("language", "word", "slug"),
    [
        # Words from the body of the deviation-handling guide, not from its title.
        ("sv", "trendanalys", "avvikelsehantering"),
        ("en", "blame", "deviation-handling"),
    ],
)
def test_search_finds_a_guide_by_a_word_in_its_body_only_in_its_language(
    client, content, language, word, slug
):
    guide = page_in(MethodGuidePage, language, slug=slug)
    body_text = " ".join(str(block.value) for block in guide.steps) + guide.purpose + guide.responsibility
    assert word.lower() in body_text.lower(), "the test word must come from the guide's body"
    assert word.lower() not in guide.title.lower()

    response = search(client, language, q=word)
    assert response.status_code == 200
    found = result_pages(response)
    assert guide.pk in {page.pk for page in found}
    other = "en" if language == "sv" else "sv"
    assert all(page.locale.language_code == language for page in found)
    assert not [page for page in found if page.locale.language_code == other]


def test_glossary_hit_shows_its_short_definition(client, content):
    term = page_in(GlossaryTermPage, "sv", slug="stegforflyttning")
    response = search(client, "sv", q="stegförflyttning")
    assert term.pk in {page.pk for page in result_pages(response)}
    assert term.short_definition in response.content.decode()


def test_results_show_type_and_organisation_forms(client, content):
    response = search(client, "en", q="complaints")
    html = response.content.decode()
    assert "Method guide" in html
    # Forms as one short line (or one phrase for every form), never a row of pills per result.
    assert 'class="org-forms--compact"' in html or "Applies to all organisation forms" in html
    assert 'class="tag ' not in html.split('class="results"')[1]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"unterminated',
        "a AND (b OR",
        "title:foo^2 ~ * ? \\",
        "'; DROP TABLE wagtailcore_page; --",
        "😀🙈 rutin",
        "x" * 1000,
        "kontroll\x01tecken",  # a NUL is refused before any view: tests/security/test_bad_parameters.py
        "<script>alert(1)</script>",
        "ö" * 300,
    ],
)
def test_odd_queries_give_a_clear_page(client, content, query):
    response = search(client, "sv", q=query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_very_long_query_is_shortened_with_a_note(client, content):
    response = search(client, "sv", q="rutin " * 300)
    assert response.status_code == 200
    assert response.context["truncated"]
    assert len(response.context["query"]) <= 200


@pytest.mark.parametrize(
    ("page", "status"), [("abc", 400), ("-1", 404), ("99999", 404), ("1", 200), ("2", 200)]
)
def test_bad_page_numbers_give_4xx_with_results_not_500(client, content, page, status):
    response = search(client, "sv", q="rutin", page=page)
    assert response.status_code == status
    assert response.context["results_page"].number in (1, 2)
