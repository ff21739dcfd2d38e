"""Real documents to upload, and the malicious ones an attacker would build, each made here in the test.

The DOCX comes from python-docx (what the project uses to write DOCX), the PDF from pypdf; the ODT is laid out
as LibreOffice writes one (the "mimetype" entry first and uncompressed, a manifest, content, styles, meta).
"""

import io
import zipfile
import zlib

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"'
)
ODT_CONTENT = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}><office:scripts/>'
    "<office:body><office:text><text:p>Rutin för välkomstsamtal</text:p></office:text></office:body>"
    "</office:document-content>"
)
ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MIMETYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def docx_bytes(extra=None, replace=None):
    """A real DOCX; ``extra`` adds entries {name: bytes}, ``replace`` swaps entries' content."""
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_heading("Rutin för välkomstsamtal", 1)
    document.add_paragraph("Handledaren bokar samtalet inom en vecka.")
    document.save(buffer)
    return rezip(buffer.getvalue(), extra=extra, replace=replace)


def odt_bytes(extra=None, content=ODT_CONTENT):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", ODT_MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", f'<?xml version="1.0"?><office:document-styles {ODF_NS}/>')
        archive.writestr("meta.xml", f'<?xml version="1.0"?><office:document-meta {ODF_NS}/>')
        archive.writestr("META-INF/manifest.xml", ODT_MANIFEST)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def rezip(data, extra=None, replace=None):
    """The archive's entries (some replaced), plus ``extra`` ones, written again in order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, (replace or {}).get(info.filename, source.read(info.filename)))
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


def pdf_bytes(size=0):
    """A real one-page PDF (pypdf), padded with a comment to about ``size`` bytes when asked."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    if size > len(data):
        data += b"%" + b"0" * (size - len(data)) + b"\n"
    return data


def handmade_pdf(*objects):
    """A small PDF from object bodies (bytes): object 1 is the catalog. The cross-reference table is right,
    so readers open it as they would an attacker's."""
    body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, content in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return body


PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"


def pdf_with_javascript():
    return handmade_pdf(
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
        PAGES,
        PAGE,
        b"<< /S /JavaScript /JS (app.alert\\('hej'\\)) >>",
    )


def pdf_with_escaped_javascript():
    """The same, with the names written in #xx escapes, which readers decode."""
    return handmade_pdf(
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
        PAGES,
        PAGE,
        b"<< /S /J#61vaScript /J#53 (app.alert\\('hej'\\)) >>",
    )


def pdf_with_javascript_in_an_object_stream():
    """The action sits inside a compressed object stream, invisible to a scan of the file's bytes."""
    inner = b"<< /S /JavaScript /JS (app.alert\\('hej'\\)) >>"
    header = b"5 0 "
    packed = zlib.compress(header + inner)
    stream = (
        b"<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (len(header), len(packed))
        + packed
        + b"\nendstream"
    )
    return handmade_pdf(b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>", PAGES, PAGE, stream)


def pdf_with_attached_program():
    program = b"MZ\x90\x00" + b"\x00" * 60
    return handmade_pdf(
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(setup.exe) 4 0 R] >> >> >>",
        PAGES,
        PAGE,
        b"<< /Type /Filespec /F (setup.exe) /EF << /F 5 0 R >> >>",
        b"<< /Type /EmbeddedFile /Length %d >>\nstream\n" % len(program) + program + b"\nendstream",
    )


def pdf_html_zip_polyglot():
    """Opens as a PDF, as a web page (the HTML in a comment) and as a ZIP archive (appended)."""
    pdf = pdf_bytes().replace(
        b"%PDF-1.3\n", b"%PDF-1.3\n%<html><body><script>alert(document.cookie)</script></body></html>\n", 1
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", "<script>alert(1)</script>")
    return pdf + buffer.getvalue()


def zip_bomb_docx(unpacked=2 * 1024**3):
    """A real DOCX plus one entry that unpacks to ``unpacked`` bytes of zeros (2 GiB: a few MB packed)."""
    base = docx_bytes()
    source = zipfile.ZipFile(io.BytesIO(base))
    buffer = io.BytesIO()
    # Level 1: the fastest deflate (zeros pack almost as well), so the test spends seconds, not half a minute.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, source.read(info.filename))
        chunk = b"\x00" * (16 * 1024 * 1024)
        with archive.open("word/media/image1.png", "w", force_zip64=True) as entry:
            for _ in range(unpacked // len(chunk)):
                entry.write(chunk)
    return buffer.getvalue()


def docx_with_many_entries(count=5000):
    return docx_bytes(extra={f"customXml/extra{number}.xml": b"<a/>" for number in range(count)})
