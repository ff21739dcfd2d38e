"""A page's slug, for every page type (knowledge/page_slugs.py): ASCII only, typed or made from a title, and
kept from the source page in translations instead of being one more text to translate."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, get_page_models
from wagtail_localize.segments import OverridableSegmentValue
from wagtail_localize.segments.extract import extract_segments

from glossary.models import GlossaryIndexPage
from governance.roles import NATIONAL_EDITORS
from tests.governance.conftest import make_user


def edit_form_data(html):
    """What a browser without JavaScript sends from the page editor's form: every field as rendered."""
    form = BeautifulSoup(html, "html.parser").find("form", id="page-edit-form")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in {"submit", "button", "file"}:
            continue
        if field.get("type") in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
            continue
        if field.name == "select":
            chosen = [
                option.get("value", "") for option in field.find_all("option") if option.has_attr("selected")
            ]
            if chosen:
                data.setdefault(name, []).extend(chosen)
            continue
        value = field.text if field.name == "textarea" else field.get("value", "")
        data.setdefault(name, []).append(value)
    return data


@pytest.fixture
def national_client(client, content):
    client.force_login(make_user("national", Group.objects.get(name=NATIONAL_EDITORS)))
    return client


def test_a_typed_non_ascii_slug_is_refused_with_the_ascii_one_suggested(national_client, content):
    page = GlossaryIndexPage.objects.get(locale=content["sv"])
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = edit_form_data(national_client.get(url).content.decode())

    with translation.override("sv"):
        response = national_client.post(url, {**data, "slug": "volontärer"})
    assert response.status_code == 200
    errors = BeautifulSoup(response.content, "html.parser").select(".error-message")
    assert any("Skriv till exempel “volontarer”" in error.get_text() for error in errors)
    assert Page.objects.get(pk=page.pk).get_latest_revision().as_object().slug == "begrepp"

    # The same form with an ASCII slug is saved: nothing else in it was wrong.
    response = national_client.post(url, {**data, "slug": "volontarer"})
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).get_latest_revision().as_object().slug == "volontarer"


def test_every_page_type_keeps_its_slug_from_the_source_page(content):
    """A translator is never asked to translate a slug: it is a synchronised value that can be overridden."""
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.filter(locale=content["sv"]).first()
        assert page is not None, f"the starter content has no {model.__name__}: test it another way"
        segments = [segment for segment in extract_segments(page) if segment.path == "slug"]
        assert [type(segment) for segment in segments] == [OverridableSegmentValue], model.__name__
        assert segments[0].data == page.slug
