"""A page's slug is its address, not a text for translators: translations keep the Swedish page's slug unless
someone who may publish the page overrides it for that language (knowledge/page_slugs.py,
governance/translation_views.py). Each role acts through the admin's own views."""

import html
import json

import polib
import pytest
from django.urls import reverse
from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource

from governance.translation_workflow import translation_for_page
from methods.models import MethodGuidePage

from .test_role_actions import refused
from .test_translation_workflow import english_text, new_guide, translate


def editor_segments(client, page):
    """The segments the translation editor lists for ``page``, from the props its React app is built with."""
    page_html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    start = page_html.index('data-props="') + len('data-props="')
    props = json.loads(html.unescape(page_html[start : page_html.index('"', start)]))
    return props["segments"]


def slug_segment(translation):
    return OverridableSegment.objects.get(source=translation.source, context__path="slug")


def override_url(translation):
    return reverse("wagtail_localize:edit_override", args=[translation.pk, slug_segment(translation).pk])


@pytest.fixture
def english_guide(content):
    """A live English starter guide whose English slug the loader set."""
    return MethodGuidePage.objects.live().get(locale=content["en"], slug="complaints-and-feedback")


def test_translators_editor_shows_no_slug(client, users, english_guide):
    client.force_login(users["translator"])
    segments = editor_segments(client, english_guide)
    assert any(segment["contentPath"] == "title" for segment in segments)
    assert not [segment for segment in segments if segment["contentPath"] == "slug"]


def test_editor_who_may_publish_sees_the_slug_as_a_synchronised_value(client, users, content, english_guide):
    client.force_login(users["national"])
    slug = [segment for segment in editor_segments(client, english_guide) if segment["contentPath"] == "slug"]
    # Shown as the Swedish page's value, which the editor may override for English.
    assert [segment["type"] for segment in slug] == ["synchronised_value"]
    assert slug[0]["value"] == english_guide.get_translation(content["sv"]).slug


def test_translator_cannot_override_the_slug(client, users, content, english_guide):
    translation = translation_for_page(english_guide)
    overrides = SegmentOverride.objects.filter(locale=content["en"], context__path="slug")
    loader_override = overrides.get(context__object_id=english_guide.translation_key)
    client.force_login(users["translator"])
    response = client.put(
        override_url(translation),
        data="value=my-own-address",
        content_type="application/x-www-form-urlencoded",
    )
    assert refused(response)
    assert refused(client.delete(override_url(translation)))
    assert overrides.get(context__object_id=english_guide.translation_key).data == loader_override.data


def test_the_loaders_english_slug_survives_a_sync_from_the_swedish_page(
    client, users, content, english_guide
):
    swedish = english_guide.get_translation(content["sv"])
    assert swedish.slug != english_guide.slug
    # The Swedish page changes; an editor syncs the translations ("Sync translated pages") and publishes.
    swedish.summary = swedish.summary + " Ändrad."
    swedish.save_revision().publish()
    source = TranslationSource.objects.get(object_id=swedish.translation_key, locale=content["sv"])
    client.force_login(users["national"])
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
    )
    assert response.status_code == 302
    english = MethodGuidePage.objects.get(pk=english_guide.pk)
    assert english.slug == "complaints-and-feedback"
    assert client.get("/en/method-guides/complaints-and-feedback/").status_code == 200


def test_a_new_translation_takes_the_swedish_slug_until_an_editor_gives_it_another(client, users, content):
    guide = new_guide(content, slug="handledning-varje-vecka")
    client.force_login(users["national"])
    translate(client, guide, content["en"])
    english = guide.get_translation(content["en"])
    translation = translation_for_page(english)
    # Nothing for the translator to do about the address: the Swedish slug, ASCII and unique, is used.
    assert english.slug == "handledning-varje-vecka"
    client.force_login(users["translator"])
    english_text(client, translation)

    # The editor gives the English page an English address; what they type becomes a slug.
    client.force_login(users["national"])
    response = client.put(
        override_url(translation),
        data="value=Weekly Supervision",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    # The translator submits, the editor approves: the page goes live at its English address.
    client.force_login(users["translator"])
    client.post(reverse("governance_submit_translation_for_review", args=[english.pk]))
    task_state = MethodGuidePage.objects.get(pk=english.pk).current_workflow_state.current_task_state
    client.force_login(users["national"])
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[english.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code == 302
    english = MethodGuidePage.objects.get(pk=english.pk)
    assert english.live and english.slug == "weekly-supervision"
    client.logout()
    assert client.get("/en/method-guides/weekly-supervision/").status_code == 200


def test_the_translators_po_file_has_no_slug(client, users, english_guide):
    client.force_login(users["translator"])
    translation = translation_for_page(english_guide)
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    contexts = [entry.msgctxt for entry in polib.pofile(response.content.decode())]
    assert "title" in contexts and "slug" not in contexts
