"""Search reaches content through the contract in knowledge/searchable.py: every searchable page type keeps
it, and a page type joins search (its own facet option, label, excerpt) by declaring it, without search
knowing the model."""

import re
from pathlib import Path

from django.conf import settings
from django.db.models import ForeignKey
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from knowledge.models import QualityArea, StandardPage
from knowledge.searchable import ResultType, describe, result_type_of, searchable_page_models
from tests.helpers import page_in

ICONS = (Path(settings.BASE_DIR) / "static" / "img" / "icons.svg").read_text()


def search(client, language, **params):
    with translation.override(language):
        url = reverse("search")
    return client.get(url, params)


def test_guides_routines_and_terms_are_result_types_of_their_own():
    keys = [model.search_result_type.key for model in searchable_page_models()]
    assert keys == ["guide", "routine", "term"]


def test_every_searchable_page_type_keeps_the_whole_contract(content):
    keys = set()
    for model in searchable_page_models():
        result_type = model.search_result_type
        assert result_type.key not in keys, f"{model.__name__}: result type key {result_type.key} is taken"
        keys.add(result_type.key)
        assert re.search(rf'<symbol id="{result_type.icon}"', ICONS), f"{model.__name__}: no icon"
        for language in ("sv", "en"):
            with translation.override(language):
                assert str(result_type.label) and str(result_type.plural), model.__name__
        if model.search_quality_area_field:
            field = model._meta.get_field(model.search_quality_area_field)
            assert isinstance(field, ForeignKey) and field.related_model is QualityArea, model.__name__
        # A real page of the type is shown with a heading and a line under it, in both languages.
        for language in ("sv", "en"):
            page = model.objects.live().filter(locale__language_code=language).first()
            assert page is not None, f"no {model.__name__} in {language}"
            shown = describe(page)
            assert shown.result_type is result_type and shown.label, model.__name__
            assert shown.definition or shown.excerpt, model.__name__
            if model.search_defines_words:
                assert page.search_synonyms()[0] == shown.label, model.__name__


def test_results_are_shown_as_their_page_type_describes_them(client, content):
    term = page_in(Page, "sv", slug="stegforflyttning").specific
    html = search(client, "sv", q="stegförflyttning").content.decode()
    result = html[html.index('class="results"') :]
    assert f">{term.search_label()}</a></h2>" in result
    assert f'<p class="result__definition">{term.search_definition()}</p>' in result
    assert str(result_type_of(term).label) in result


def test_a_page_type_joins_search_by_declaring_a_result_type(client, content, monkeypatch):
    """A standard page is one of the "other pages" until its type declares a result type; then readers
    can choose it in the type facet and each result names it, with no change in search/."""
    statement = page_in(StandardPage, "sv", slug="tillganglighet")
    query = "tillgänglighetsredogörelse"
    before = search(client, "sv", q=query)
    assert "Övriga sidor" in [option.label for option in _type_facet(before)]

    monkeypatch.setattr(
        StandardPage,
        "search_result_type",
        ResultType("standard", "Informationssida", "Informationssidor", icon="type-page", order=40),
    )
    monkeypatch.setattr(StandardPage, "search_excerpt", lambda page: f"Utdrag: {page.title}")
    after = search(client, "sv", q=query)
    options = {option.label: option for option in _type_facet(after)}
    assert "Informationssidor" in options and options["Informationssidor"].count >= 1
    html = after.content.decode()
    assert "Informationssida</span>" in html
    assert f"<p>Utdrag: {statement.title}</p>" in html

    only = search(client, "sv", q=query, type="standard")
    assert only.status_code == 200
    found = list(only.context["results_page"].object_list)
    assert statement.pk in [page.pk for page in found]
    assert all(isinstance(page, StandardPage) for page in found)


def _type_facet(response):
    facets = {facet.name: facet for facet in response.context["facets"]}
    return facets["type"].options
