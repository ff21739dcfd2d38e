"""Sharing a routine: a valid submission becomes one draft in moderation; every kind of bad input is refused
with a clear message, a 4xx status and nothing stored."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import WorkflowState

from contributions.models import RoutineSubmission, ShareRoutinePage
from governance.models import RegionRoles
from methods.models import ExampleRoutinePage, RegionSectionPage

from .conftest import counts
from .documents import docx_bytes, odt_bytes, pdf_bytes

Document = get_document_model()


def post(client, page, data, files=None, address="10.0.0.1"):
    return client.post(page.url, {**data, **(files or {})}, REMOTE_ADDR=address)


def test_the_form_shows_the_consent_text_in_both_languages(client, content):
    for language, words in (("sv", "Vi sparar det ni skriver"), ("en", "We store what you write")):
        page = ShareRoutinePage.objects.live().get(locale=content[language])
        response = client.get(page.url)
        assert response.status_code == 200
        assert words in response.content.decode()


def test_valid_submission_creates_one_draft_in_moderation(client, share_page, valid, skane_coordinator):
    before = counts()
    mail.outbox.clear()
    files = {"attachment_1": SimpleUploadedFile("rutin.pdf", pdf_bytes(), "application/pdf")}
    response = post(client, share_page, valid, files)
    assert response.status_code == 303
    assert response["Location"].endswith("?skickad=1")
    assert counts() == tuple(n + 1 for n in before)

    routine = ExampleRoutinePage.objects.latest("pk")
    section = RegionSectionPage.objects.get(region__slug="skane", locale=share_page.locale)
    assert routine.get_parent().pk == section.pk
    assert routine.live is False
    assert routine.organisation_name == "Föreningen Testgården"
    assert [step.value["title"] for step in routine.steps] == ["Boka samtal", "Genomför samtalet"]
    assert set(routine.organisation_forms.values_list("slug", flat=True)) == {
        "ideell-forening",
        "ideell-organisation",
    }
    state = WorkflowState.objects.get(object_id=str(routine.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow == RegionRoles.objects.get(region__slug="skane").workflow

    # Attachments: private, readable by the region's coordinators only.
    document = routine.documents.get().document
    assert document.collection == RegionRoles.objects.get(region__slug="skane").attachments
    assert document.file.name.endswith(".pdf")
    assert client.get(document.url).status_code in (302, 403)  # anonymous: sent to log in

    # Two e-mails: the receipt to the submitter, Wagtail's moderation notice to the region's coordinators.
    recipients = [message.to for message in mail.outbox]
    assert ["kontakt@testgarden.example"] in recipients
    assert [skane_coordinator.email] in recipients
    receipt = next(message for message in mail.outbox if message.to == ["kontakt@testgarden.example"])
    assert "Skåne" in receipt.body  # the region, chosen from the list
    # Nothing the sender typed: the address may be anyone's, so the receipt carries no text of theirs.
    typed = [valid[name] for name in ("title", "organisation_name", "summary", "purpose", "scope")]
    assert [text for text in typed if text in receipt.body or text in receipt.subject] == []

    # The contact address is kept with the submission, never on the page.
    submission = RoutineSubmission.objects.get(page=routine)
    assert submission.contact_email == "kontakt@testgarden.example"
    assert "kontakt@testgarden.example" not in str(routine.get_latest_revision().content)


def test_anonymous_submission_hides_the_name(client, share_page, valid):
    post(client, share_page, {**valid, "publish_name": "no"})
    routine = ExampleRoutinePage.objects.latest("pk")
    assert routine.organisation_name == ""
    assert RoutineSubmission.objects.get(page=routine).organisation_name == "Föreningen Testgården"


@pytest.mark.parametrize(
    ("name", "content_type", "payload"),
    [("rutin.docx", "application/msword", docx_bytes), ("rutin.odt", "application/octet-stream", odt_bytes)],
)
def test_docx_and_odt_are_accepted(client, share_page, valid, name, content_type, payload):
    files = {"attachment_1": SimpleUploadedFile(name, payload(), content_type)}
    assert post(client, share_page, valid, files).status_code == 303


def test_attachment_type_comes_from_the_content_not_the_name(client, share_page, valid):
    # A real PDF called .docx is stored as a PDF.
    files = {"attachment_1": SimpleUploadedFile("rutin.docx", pdf_bytes(), "application/msword")}
    assert post(client, share_page, valid, files).status_code == 303
    assert Document.objects.latest("pk").file.name.endswith(".pdf")


INVALID = {
    "missing consent": ({"consent": ""}, None, "consent", "Du behöver samtycka"),
    "bad e-mail": ({"contact_email": "inte-en-adress"}, None, "contact_email", "namn@exempel.se"),
    "10,000 characters": ({"purpose": "a" * 10_000}, None, "purpose", "högst 5000 tecken"),
    "10,000-character title": ({"title": "a" * 10_000}, None, "title", "högst 200 tecken"),
    "script in a field": (
        {"purpose": "<script>alert('x')</script>"},
        None,
        "purpose",
        "utan HTML-kod",
    ),
    "html in the title": ({"title": "<b>Rutin</b>"}, None, "title", "utan HTML-kod"),
    "executable named .pdf": (
        {},
        {"attachment_1": SimpleUploadedFile("rutin.pdf", b"MZ\x90\x00" + b"\x00" * 500, "application/pdf")},
        "attachment_1",
        "inte en PDF-, DOCX- eller ODT-fil",
    ),
    "broken zip named .docx": (
        {},
        {"attachment_1": SimpleUploadedFile("rutin.docx", b"PK\x03\x04" + b"\x00" * 200, "application/zip")},
        "attachment_1",
        "är skadad eller uppbyggd på ett sätt",
    ),
    "docx with a program inside": (
        {},
        {"attachment_1": SimpleUploadedFile("rutin.docx", docx_bytes(extra={"word/setup.exe": b"MZ\x90"}))},
        "attachment_1",
        "innehåller makron, skript, program eller inbäddade filer",
    ),
    "unknown region": ({"region": "atlantis"}, None, "region", "Välj en region i listan"),
    "step without description": ({"steps": "Bara en rubrik"}, None, "steps", "saknar beskrivning"),
}


@pytest.mark.parametrize("case", list(INVALID))
def test_invalid_input_is_refused_clearly_and_nothing_is_stored(client, share_page, valid, case):
    changes, files, field, message = INVALID[case]
    before = counts()
    mail.outbox.clear()
    response = post(client, share_page, {**valid, **changes}, files)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    # The message sits beside its field, which points to it, and in the summary at the top.
    assert f'id="id_{field}-error"' in html
    assert f'href="#id_{field}"' in html
    assert 'role="alert"' in html
    assert counts() == before
    assert mail.outbox == []
    # Nothing typed is lost (the organisation name stands for every other field).
    assert 'value="Föreningen Testgården"' in html
    assert "<script>alert" not in html


def test_error_field_is_described_for_screen_readers(client, share_page, valid):
    html = post(client, share_page, {**valid, "contact_email": "fel"}).content.decode()
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_contact_email-help id_contact_email-error"' in html


def test_attachments_are_not_kept_and_the_page_says_so(client, share_page, valid):
    files = {"attachment_1": SimpleUploadedFile("rutin.pdf", pdf_bytes(), "application/pdf")}
    html = post(client, share_page, {**valid, "consent": ""}, files).content.decode()
    assert "Välj filerna igen" in html


def test_honeypot_is_refused_with_a_message(client, share_page, valid):
    before = counts()
    response = post(client, share_page, {**valid, "website": "http://spam.example"})
    assert response.status_code == 400
    assert "ett dolt fält var ifyllt" in response.content.decode()
    assert counts() == before


def test_rate_limit_per_address(client, share_page, valid, settings):
    settings.SHARE_ROUTINE_RATE_LIMIT = 2
    for _ in range(2):
        assert post(client, share_page, valid).status_code == 303
    before = counts()
    response = post(client, share_page, valid)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Vänta en timme" in html
    assert 'value="Föreningen Testgården"' in html  # what was typed is still there
    assert counts() == before
    # Another address is not affected.
    assert post(client, share_page, valid, address="10.0.0.2").status_code == 303


def test_visitors_never_reach_a_draft(client, share_page, valid):
    post(client, share_page, valid)
    routine = ExampleRoutinePage.objects.latest("pk")
    assert client.get(routine.url or f"/sv/exempelrutiner/skane/{routine.slug}/").status_code == 404
    listing = client.get(routine.get_parent().get_parent().url).content.decode()
    assert routine.title not in listing
    preview = client.get(f"/admin/pages/{routine.pk}/edit/preview/")
    assert preview.status_code == 302 and "/admin/login/" in preview["Location"]
    # Another visitor's receipt page names nothing (the sender's own names their routine, once).
    thanks = Client().get(f"{share_page.url}?skickad=1").content.decode()
    assert routine.title not in thanks


def test_typed_script_never_runs_in_preview_or_when_published(
    client, share_page, valid, skane_coordinator, monkeypatch
):
    """The form refuses markup. As a second line of defence, text is stored and shown escaped: with the
    form's check switched off, script typed into the fields shows as text in the coordinator's preview and on
    the published page."""
    import re

    monkeypatch.setattr("contributions.forms.TAG_PATTERN", re.compile(r"(?!x)x"))  # matches nothing
    script = "<script>alert('x')</script>"
    typed = {
        **valid,
        "title": f"Rutin {script}",
        "organisation_name": f"Org {script}",
        "summary": script,
        "purpose": f"{script} och <img src=x onerror=alert(1)>",
        "steps": f"Steg {script}\nBeskrivning {script}",
    }
    assert post(client, share_page, typed).status_code == 303
    routine = ExampleRoutinePage.objects.latest("pk")

    # The preview a coordinator opens from the moderation e-mail.
    client.force_login(skane_coordinator)
    task = WorkflowState.objects.get(object_id=str(routine.pk)).current_task_state.task
    preview = client.get(reverse("wagtailadmin_pages:workflow_preview", args=[routine.pk, task.pk]))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[routine.pk]))
    routine.get_latest_revision().publish()
    client.logout()
    routine.refresh_from_db()
    published = client.get(routine.url)
    for response in (preview, edit, published):
        assert response.status_code == 200
        html = response.content.decode()
        assert "<script>alert(" not in html
        assert "<img src=x" not in html
    for response in (preview, published):
        assert "&lt;script&gt;alert(" in response.content.decode()


def test_publishing_moves_attachments_to_the_public_collection(client, share_page, valid):
    files = {"attachment_1": SimpleUploadedFile("rutin.pdf", pdf_bytes(), "application/pdf")}
    post(client, share_page, valid, files)
    routine = ExampleRoutinePage.objects.latest("pk")
    routine.get_latest_revision().publish()
    document = routine.documents.get().document
    document.refresh_from_db()
    assert client.get(document.url).status_code == 200


def test_file_type_detection_reads_content():
    from contributions.filetypes import detect_document_type

    def uploaded(data):
        return SimpleUploadedFile("x", data)

    assert detect_document_type(uploaded(pdf_bytes())) == "pdf"
    assert detect_document_type(uploaded(docx_bytes())) == "docx"
    assert detect_document_type(uploaded(odt_bytes())) == "odt"
    assert detect_document_type(uploaded(b"hello")) is None
    assert detect_document_type(uploaded(b"PK\x03\x04garbage")) is None


def test_old_contact_addresses_and_unpublished_drafts_are_removed(client, share_page, valid):
    import datetime

    from django.utils import timezone

    from contributions.retention import purge_old_submissions

    post(client, share_page, valid)
    post(client, share_page, {**valid, "title": "Publicerad rutin"})
    published = ExampleRoutinePage.objects.get(title="Publicerad rutin")
    published.get_latest_revision().publish()
    draft = ExampleRoutinePage.objects.get(title=valid["title"])

    assert purge_old_submissions() == (0, 0)  # nothing is a year old yet
    later = timezone.now() + datetime.timedelta(days=366)
    assert purge_old_submissions(now=later) == (2, 1)
    assert not ExampleRoutinePage.objects.filter(pk=draft.pk).exists()
    assert ExampleRoutinePage.objects.filter(pk=published.pk).exists()
    assert set(RoutineSubmission.objects.values_list("contact_email", flat=True)) == {""}


def test_receipt_names_the_routine_once_and_links_on(client, share_page, valid):
    response = post(client, share_page, valid)
    html = client.get(response["Location"]).content.decode()
    assert f"Rutinen ”{valid['title']}” är inskickad" in html
    assert f'href="{share_page.url}"' in html and 'href="/sv/exempelrutiner/"' in html
    # Shown once: a reload or a shared link does not repeat the title.
    assert valid["title"] not in client.get(response["Location"]).content.decode()
