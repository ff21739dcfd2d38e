"""Editors can work with every page type and the taxonomy in Wagtail's admin."""

import html
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from knowledge.models import OrganisationForm, QualityArea
from methods.models import MethodGuidePage
from tests.helpers import PAGE_TYPES, first_page


@pytest.fixture
def admin_client(client, content):
    user = get_user_model().objects.create_superuser("editor", "editor@example.invalid", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_editor_can_open_every_page_type(admin_client, model):
    page = first_page(model, "sv")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


def test_english_guide_opens_in_the_translation_editor_fully_translated(admin_client):
    english = first_page(MethodGuidePage, "en")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert response.status_code == 200
    # wagtail-localize replaces the page editor with its translation editor for translated pages; its
    # props list the source segments and the translations an editor sees beside them.
    match = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode())
    assert match, "the translation editor is shown"
    props = json.loads(html.unescape(match.group(1)))
    string_segments = {segment["id"] for segment in props["segments"] if segment["type"] == "string"}
    translated = {item["segment_id"] for item in props["initialStringTranslations"] if item["data"]}
    assert len(string_segments) > 20
    assert string_segments == translated


@pytest.mark.parametrize("model", [OrganisationForm, QualityArea])
def test_taxonomy_is_managed_in_the_admin(admin_client, model):
    listing = reverse(f"wagtailsnippets_knowledge_{model._meta.model_name}:list")
    response = admin_client.get(listing)
    assert response.status_code == 200
    first = model.objects.first()
    assert first.name in response.content.decode()
