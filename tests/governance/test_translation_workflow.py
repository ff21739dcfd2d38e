"""A translation reaches readers only through someone who may publish it: new translations are drafts, the
translator submits, an editor approves. Every step goes through the admin's own views, logged in as a member
of the real groups."""

import polib
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from governance.translation_workflow import translation_for_page, translation_progress
from methods.models import MethodGuidePage, MethodIndexPage

from .test_role_actions import refused


def new_guide(content, slug="ny-guide"):
    """A published Swedish guide that nobody has translated yet."""
    index = MethodIndexPage.objects.get(locale=content["sv"])
    template = MethodGuidePage.objects.filter(locale=content["sv"]).first()
    guide = MethodGuidePage(
        title="Ny guide om handledning",
        slug=slug,
        locale=content["sv"],
        summary="Hur en handledare följer upp deltagarens mål varje vecka.",
        quality_area=template.quality_area,
        purpose="<p>Deltagaren vet alltid vad nästa steg är.</p>",
    )
    index.add_child(instance=guide)
    guide.save_revision().publish()
    return guide


def translate(client, page, locale):
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale.pk]}
    )


def english_text(client, translation):
    """Translate every segment through the editor's own API, as the translator's browser does."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(
            url, data=f"value=EN {segment.string.data}", content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201), response.content


@pytest.fixture
def guide(content):
    return new_guide(content)


def test_a_new_translation_is_a_draft(client, users, content, guide):
    client.force_login(users["national"])
    assert translate(client, guide, content["en"]).status_code == 302
    english = guide.get_translation(content["en"])
    assert not english.live
    assert english.pk not in Page.objects.live().filter(locale=content["en"]).values_list("pk", flat=True)


def test_translator_sees_no_convert_to_alias_and_cannot_use_it(client, users, content):
    english = MethodGuidePage.objects.live().filter(locale=content["en"]).first()
    client.force_login(users["translator"])
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()
    assert "convert_to_alias" not in editor
    assert "Skicka till granskning" in editor
    before = english.get_latest_revision().pk
    assert refused(client.post(reverse("wagtail_localize:convert_to_alias", args=[english.pk])))
    english.refresh_from_db()
    assert english.alias_of_id is None and english.latest_revision_id == before


def test_national_editor_keeps_convert_to_alias(client, users, content):
    english = MethodGuidePage.objects.live().filter(locale=content["en"]).first()
    client.force_login(users["national"])
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()
    assert "convert_to_alias" in editor
    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[english.pk]))
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.alias_of_id is not None


def test_translator_cannot_delete_or_move_a_draft_translation(client, users, content, guide):
    client.force_login(users["translator"])
    translate(client, guide, content["en"])
    draft = guide.get_translation(content["en"])
    # Wagtail alone would let anyone with edit permission delete a page that is not live.
    assert refused(client.get(reverse("wagtailadmin_pages:delete", args=[draft.pk])))
    assert refused(client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk])))
    index_en = MethodIndexPage.objects.get(locale=content["en"])
    home_en = index_en.get_parent()
    assert refused(client.post(reverse("wagtailadmin_pages:move_confirm", args=[draft.pk, home_en.pk])))
    assert Page.objects.get(pk=draft.pk).get_parent().pk == index_en.pk


def test_submitting_needs_every_segment_translated(client, users, content, guide):
    client.force_login(users["translator"])
    translate(client, guide, content["en"])
    draft = guide.get_translation(content["en"])
    response = client.post(reverse("governance_submit_translation_for_review", args=[draft.pk]))
    assert response.status_code == 302
    assert draft.current_workflow_state is None
    messages = [str(message) for message in response.wsgi_request._messages]
    assert any("inte översatt" in message for message in messages)


def test_journey_editor_translates_translator_submits_editor_approves(client, users, content, guide):
    national, translator = users["national"], users["translator"]
    # 1. The editor starts the English translation of the new guide: a draft, invisible to readers.
    client.force_login(national)
    translate(client, guide, content["en"])
    english = guide.get_translation(content["en"])
    assert not english.live
    translation = translation_for_page(english)

    # 2. The translator translates every segment in the editor and submits it for review.
    client.force_login(translator)
    english_text(client, translation)
    assert translation_progress(translation).share == 100
    mail.outbox.clear()
    response = client.post(reverse("governance_submit_translation_for_review", args=[english.pk]))
    assert response.status_code == 302
    english.refresh_from_db()
    state = english.current_workflow_state
    assert state is not None and state.workflow.name == "Nationell granskning"
    assert not english.live
    assert client.get(english.get_url()).status_code == 404
    # Wagtail tells the approvers, as for any workflow.
    assert national.email in [address for message in mail.outbox for address in message.to]

    # 3. The editor approves in the translation editor's review panel (Wagtail's workflow action view).
    client.force_login(national)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()
    assert "Godkänn och publicera" in editor
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[english.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code == 302

    # 4. Only now is the English page live, in English.
    english = MethodGuidePage.objects.get(pk=english.pk)
    assert english.live
    assert english.title == "EN Ny guide om handledning"
    client.logout()
    assert "EN Hur en handledare" in client.get(english.get_url()).content.decode()


def test_translator_update_to_a_live_page_waits_for_approval(client, users, content):
    """Submitting a changed translation of a live page leaves readers with the published text."""
    english = MethodGuidePage.objects.live().filter(locale=content["en"]).order_by("pk").first()
    translation = translation_for_page(english)
    live_title = english.title
    title_segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.filter(translation_of=title_segment.string, locale=content["en"]).update(
        data="A better title"
    )
    client.force_login(users["translator"])
    client.post(reverse("governance_submit_translation_for_review", args=[english.pk]))
    english = MethodGuidePage.objects.get(pk=english.pk)
    assert english.title == live_title
    assert english.get_latest_revision_as_object().title == "A better title"
    assert english.current_workflow_state is not None


def test_po_round_trip_by_a_translator(client, users, content, guide):
    client.force_login(users["national"])
    translate(client, guide, content["en"])
    english = guide.get_translation(content["en"])
    translation = Translation.objects.get(
        source__object_id=guide.translation_key, target_locale=content["en"]
    )
    client.force_login(users["translator"])

    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    for entry in po:
        entry.msgstr = f"EN {entry.msgid}"
    edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    upload = SimpleUploadedFile("guide-en.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": edit_url}
    )
    assert response.status_code == 302 and response.url == edit_url
    assert translation_progress(translation).missing == 0


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (None, "Välj en PO-fil"),
        (b"this is not a PO file \x00\xff", "ingen giltig PO-fil"),
        (b'msgid ""\nmsgstr ""\n"X-WagtailLocalize-TranslationID: 123\\n"\n', "annan översättning"),
    ],
    ids=["missing", "garbage", "other-translation"],
)
def test_a_bad_po_upload_gets_a_message(client, users, content, upload, message):
    english = MethodGuidePage.objects.live().filter(locale=content["en"]).first()
    translation = translation_for_page(english)
    client.force_login(users["translator"])
    data = {"next": "/admin/"}
    if upload is not None:
        data["file"] = SimpleUploadedFile("x.po", upload)
    response = client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), data)
    assert response.status_code == 302
    assert any(message in str(item) for item in response.wsgi_request._messages)


def test_translator_cannot_bulk_delete_a_draft_translation(client, users, content, guide):
    client.force_login(users["translator"])
    translate(client, guide, content["en"])
    draft = guide.get_translation(content["en"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={draft.pk}"
    response = client.post(url)
    assert response.status_code < 500
    assert Page.objects.filter(pk=draft.pk).exists()
