"""Uploads are bounded while they arrive: reading stops at the file that passes its limit, the typed text is
kept, and every refused upload counts towards the rate limit."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import BOUNDARY, MULTIPART_CONTENT, FakePayload, encode_multipart

from .conftest import counts
from .documents import pdf_bytes

MB = 1024 * 1024


class CountingPayload(FakePayload):
    """The request body as the server reads it, counting what was read."""

    def __init__(self, content):
        super().__init__(content)
        self.bytes_read = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk

    def readline(self, size=-1):
        line = super().readline(size)
        self.bytes_read += len(line)
        return line


def post_body(client, page, data, address="10.0.0.1"):
    body = encode_multipart(BOUNDARY, data)
    payload = CountingPayload(body)
    response = client.post(
        page.url,
        content_type=MULTIPART_CONTENT,
        REMOTE_ADDR=address,
        **{"wsgi.input": payload, "CONTENT_LENGTH": str(len(body))},
    )
    return response, payload, len(body)


def test_a_file_over_the_limit_stops_the_upload_there(client, share_page, valid):
    before = counts()
    big = SimpleUploadedFile("stor.pdf", pdf_bytes(60 * MB), "application/pdf")
    response, payload, sent = post_body(client, share_page, {**valid, "attachment_1": big})
    assert response.status_code == 413
    # Read up to the limit and one chunk more, not the other 50 MB.
    assert payload.bytes_read < 11 * MB < sent
    html = response.content.decode().replace("\xa0", " ")
    assert "Filen stor.pdf är större än 10,0 MB" in html
    assert 'value="Föreningen Testgården"' in html  # the typed text is still there
    assert "välj mindre filer, kryssa i samtycket igen" in html
    assert counts() == before


def test_files_together_over_the_limit_stop_too(client, share_page, valid):
    files = {
        f"attachment_{number}": SimpleUploadedFile(f"{number}.pdf", pdf_bytes(9 * MB)) for number in (1, 2, 3)
    }
    files["attachment_4"] = SimpleUploadedFile("4.pdf", pdf_bytes(9 * MB))  # not a field of the form
    response, payload, sent = post_body(client, share_page, {**valid, **files})
    assert response.status_code == 413
    assert payload.bytes_read < 31 * MB < sent


def test_refused_uploads_count_towards_the_rate_limit(client, share_page, valid, settings):
    settings.SHARE_ROUTINE_RATE_LIMIT = 3
    big = SimpleUploadedFile("stor.pdf", pdf_bytes(11 * MB), "application/pdf")
    assert post_body(client, share_page, {**valid, "attachment_1": big})[0].status_code == 413
    exe = SimpleUploadedFile("rutin.pdf", b"MZ\x90\x00" + b"\x00" * 500, "application/pdf")
    assert post_body(client, share_page, {**valid, "attachment_1": exe})[0].status_code == 400
    # A typing mistake alone does not count.
    assert post_body(client, share_page, {**valid, "contact_email": "fel"})[0].status_code == 400
    small = SimpleUploadedFile("rutin.pdf", pdf_bytes(), "application/pdf")
    assert post_body(client, share_page, {**valid, "attachment_1": small})[0].status_code == 303
    # Three counted: the next one waits, whatever it carries.
    limited, payload, _sent = post_body(client, share_page, valid)
    assert limited.status_code == 429


def test_editors_may_upload_larger_documents_in_the_admin(client, content, settings):
    from django.contrib.auth import get_user_model

    settings.EDITOR_UPLOAD_MAX_BYTES = 30 * MB
    editor = get_user_model().objects.create_superuser("uploader", "uploader@kvalitetsnavet.example", "pw")
    client.force_login(editor)
    document = SimpleUploadedFile("handbok.pdf", pdf_bytes(20 * MB), "application/pdf")
    response = client.post(
        "/admin/documents/multiple/add/",
        {"files[]": document, "collection": "1"},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    assert response.json()["success"] is True
    from wagtail.documents import get_document_model

    stored = get_document_model().objects.get(title="handbok.pdf")
    assert stored.file_size > 20 * MB
    stored.file.delete(save=False)


def test_submissions_arriving_while_one_is_checked_share_its_limit(
    client, share_page, valid, settings, monkeypatch
):
    """Several app servers take submissions at the same moment: while one upload is being checked, others
    arrive. Each takes its place in the count when it arrives, so a burst gets no more than the limit."""
    settings.SHARE_ROUTINE_RATE_LIMIT = 2
    exe = b"MZ\x90\x00" + b"\x00" * 500
    from contributions import forms

    real_check, others = forms.check_document, []

    def check_while_others_arrive(uploaded):
        if not others:  # the first submission is still being checked when two more come in
            for number in (2, 3):
                others.append(None)
                late = SimpleUploadedFile(f"{number}.pdf", exe, "application/pdf")
                others[-1] = post_body(client, share_page, {**valid, "attachment_1": late})[0].status_code
        return real_check(uploaded)

    monkeypatch.setattr(forms, "check_document", check_while_others_arrive)
    first = SimpleUploadedFile("1.pdf", exe, "application/pdf")
    statuses = [post_body(client, share_page, {**valid, "attachment_1": first})[0].status_code, *others]
    assert sorted(statuses) == [400, 400, 429]
