"""Every page type renders in Swedish and English, in the page's language and direction."""

import pytest
from django.urls import reverse
from django.utils import translation

from methods.models import MethodGuidePage
from tests.helpers import PAGE_TYPES, first_page


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_renders_in_its_language(client, content, model, language):
    page = first_page(model, language)
    assert page is not None, f"no {model.__name__} in {language}"
    url = page.get_url()
    assert url.startswith(f"/{language}/")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="ltr">' in html
    assert page.title in html or getattr(page, "term", page.title) in html
    assert 'href="#main-content"' in html and 'id="main-content"' in html


@pytest.mark.parametrize("language", ["sv", "en"])
def test_search_page_renders_in_both_languages(client, content, language):
    with translation.override(language):
        url = reverse("search")
    response = client.get(url)
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()


def test_interface_text_is_translated_to_english(client, content):
    response = client.get(first_page(MethodGuidePage, "en").get_url())
    html = response.content.decode()
    assert "Skip to main content" in html
    assert "Hoppa till huvudinnehållet" not in html


def test_root_redirects_by_browser_language(client, content):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="sv-SE,sv;q=0.9")["Location"] == "/sv/"
    # A language the site does not have falls back to Swedish, the source language.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/sv/"


def test_unknown_address_gives_a_helpful_404(client, content):
    response = client.get("/sv/finns-inte/")
    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()
