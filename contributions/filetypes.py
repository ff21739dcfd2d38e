"""What kind of document an upload really is, and whether it is safe to hand to a coordinator.

The type is read from the content, never from the name: PDF starts with "%PDF-"; DOCX and ODT are ZIP
archives. A name and a signature prove little, so each container is checked the way an attacker would build
one against us:

- ZIP (DOCX, ODT): a plain layout as word processors write it (entries one after another from the first byte
  to the central directory, nothing before, between or after them, no duplicate or escaping names, no
  encryption), at most MAX_ENTRIES entries and MAX_UNCOMPRESSED bytes unpacked (zip bombs), the parts a real
  document has, and nothing active inside: no macros, executables, HTML, nested archives or OLE objects, no
  links that fetch content from elsewhere when the document opens.
- PDF: no JavaScript, launch or submit actions, attached files, XFA forms or rich media, also when the names
  are escaped (/J#61vaScript) or hidden in compressed object streams; not encrypted (nothing could be
  checked); not also a ZIP archive or an HTML page (polyglots).

``check_document`` returns "pdf", "docx" or "odt", or raises ``RefusedDocument`` with a reason code.
"""

import re
import struct
import zipfile
import zlib

PDF, DOCX, ODT = "pdf", "docx", "odt"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
DOCX_MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

MAX_ENTRIES = 1000
MAX_UNCOMPRESSED = 100 * 1024 * 1024
HEAD_BYTES = 512  # how much of each entry is read to recognise what it really is

# Reason codes; the form turns them into messages.
UNKNOWN = "unknown"  # not a PDF, DOCX or ODT at all
MALFORMED = "malformed"  # damaged, or built the way no word processor builds one
ACTIVE = "active"  # macros, scripts, executables, embedded files or objects
ENCRYPTED = "encrypted"


class RefusedDocument(Exception):
    def __init__(self, reason, detail=""):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def check_document(uploaded):
    """Return "pdf", "docx" or "odt" for a Django UploadedFile, or raise RefusedDocument."""
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    if data.startswith(b"%PDF-"):
        check_pdf(data)
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return check_zip_document(data)
    raise RefusedDocument(UNKNOWN)


def detect_document_type(uploaded):
    """The document type, or None when the upload is refused for any reason."""
    try:
        return check_document(uploaded)
    except RefusedDocument:
        return None


# -- ZIP containers ---------------------------------------------------------------------------------------

# Endings of entries that run, or open in a browser, or hold macros or OLE objects (.bin: vbaProject.bin,
# activeX*.bin, oleObject*.bin).
ACTIVE_ENDINGS = (
    ".exe", ".dll", ".com", ".scr", ".msi", ".bat", ".cmd", ".ps1", ".vbs", ".vbe", ".js", ".jse", ".wsf",
    ".wsh", ".hta", ".html", ".htm", ".xhtml", ".mht", ".mhtml", ".jar", ".sh", ".lnk", ".bin", ".swf",
    ".docm", ".dotm", ".xlsm", ".pptm", ".zip", ".rar", ".7z",
)  # fmt: skip
# Folders of macros, scripts and embedded objects: Word's and LibreOffice's.
ACTIVE_FOLDERS = ("word/activex/", "word/embeddings/", "basic/", "scripts/")
# What an entry's first bytes say it is: programs, scripts, archives, OLE compound files (macros, embedded
# objects), PDFs and HTML pages.
ACTIVE_SIGNATURES = (
    b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"#!",
    b"PK\x03\x04", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b", b"\xd0\xcf\x11\xe0", b"%PDF",
)  # fmt: skip
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# An HTML or SVG tag with an event handler ("<svg onload=...>", "<img src=x onerror=...>"): it runs as soon as
# the bytes are opened as a web page, wherever the tag stands.
EVENT_HANDLER_TAG = re.compile(rb"<[a-z][a-z0-9:-]*\b[^<>]{0,200}?[\s/\"']on[a-z]{3,}\s*=", re.IGNORECASE)
SVG_ACTIVE = re.compile(rb"<(?:[a-z0-9]+:)?script\b|javascript:|<foreignObject\b", re.IGNORECASE)
HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?<(!doctype\s+html|html|script|body|iframe)\b", re.IGNORECASE)
# Relationships that reach outside the document when it opens (remote templates, OLE objects: the way
# CVE-2022-30190 worked). Hyperlinks are fine: they only go where the reader clicks.
RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*>", re.IGNORECASE)
ODF_ACTIVE = (b"<script:event-listener", b"vnd.sun.star.script", b"macro:", b"<office:script ")


def check_zip_document(data):
    try:
        archive = zipfile.ZipFile(_BytesReader(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, KeyError) as error:
        raise RefusedDocument(MALFORMED, str(error)) from error
    _check_zip_layout(data, archive, entries)
    names = {entry.filename for entry in entries}
    for entry in entries:
        _check_entry(archive, entry)
    if entries[0].filename == "mimetype":
        _check_odt(archive, entries, names)
        return ODT
    if {"[Content_Types].xml", "_rels/.rels", "word/document.xml"} <= names:
        _check_docx(archive, names)
        return DOCX
    raise RefusedDocument(UNKNOWN, "a ZIP archive, but not a word-processing document")


def _check_zip_layout(data, archive, entries):
    if not entries:
        raise RefusedDocument(MALFORMED, "empty archive")
    if len(entries) > MAX_ENTRIES:
        raise RefusedDocument(MALFORMED, f"{len(entries)} entries")
    if sum(entry.file_size for entry in entries) > MAX_UNCOMPRESSED:
        raise RefusedDocument(MALFORMED, "unpacks to more than the limit")
    names = [entry.filename for entry in entries]
    if len(set(names)) != len(names):
        raise RefusedDocument(MALFORMED, "duplicate names")
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise RefusedDocument(ENCRYPTED, entry.filename)
        name = entry.filename
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or ".." in parts or ":" in name:
            raise RefusedDocument(MALFORMED, f"entry name {name!r}")
        # Windows drops a trailing dot or space when it unpacks ("run.bat." becomes run.bat), so such a name
        # would pass the check of endings; no word processor writes one, nor control characters.
        if any(part.endswith((".", " ")) for part in parts) or CONTROL.search(name):
            raise RefusedDocument(MALFORMED, f"entry name {name!r}")
    # The end of central directory record ends the file: no comment, nothing appended, no ZIP64.
    end = data[-22:]
    if len(data) < 22 or not end.startswith(b"PK\x05\x06"):
        raise RefusedDocument(MALFORMED, "data after the archive, or a comment")
    _sig, disk, cd_disk, _on_disk, count, cd_size, cd_offset, comment = struct.unpack("<4s4H2LH", end)
    if disk or cd_disk or comment or count != len(entries) or cd_offset + cd_size != len(data) - 22:
        raise RefusedDocument(MALFORMED, "unusual end record")
    # Entries one after another from byte 0 to the central directory: nothing hidden before, between or
    # after them, and no entries sharing bytes (overlapping entries are how the worst zip bombs work).
    position = 0
    for entry in sorted(entries, key=lambda item: item.header_offset):
        if entry.header_offset != position:
            raise RefusedDocument(MALFORMED, f"gap or overlap before {entry.filename!r}")
        header = data[position : position + 30]
        if len(header) < 30 or not header.startswith(b"PK\x03\x04"):
            raise RefusedDocument(MALFORMED, f"no local header for {entry.filename!r}")
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        position += 30 + name_length + extra_length + entry.compress_size
        if entry.flag_bits & 0x8:  # a data descriptor follows: 12 bytes, or 16 with its signature
            position += 16 if data[position : position + 4] == b"PK\x07\x08" else 12
    if position != cd_offset:
        raise RefusedDocument(MALFORMED, "data between the entries and the central directory")
    if b"%PDF-" in data[:1024]:  # PDF readers look for their signature anywhere in the first kilobyte
        raise RefusedDocument(MALFORMED, "also a PDF")


def _check_entry(archive, entry):
    name = entry.filename.lower()
    if name.endswith(ACTIVE_ENDINGS) or name.startswith(ACTIVE_FOLDERS):
        raise RefusedDocument(ACTIVE, entry.filename)
    if entry.is_dir():
        return
    head = _read(archive, entry, HEAD_BYTES)
    if head.startswith(ACTIVE_SIGNATURES) or HTML_START.match(head):
        raise RefusedDocument(ACTIVE, entry.filename)
    if name.endswith(".svg"):
        svg = _read(archive, entry, MAX_UNCOMPRESSED)
        if SVG_ACTIVE.search(svg) or EVENT_HANDLER_TAG.search(svg):
            raise RefusedDocument(ACTIVE, f"script in {entry.filename}")
    if name.endswith(".rels"):
        _check_relationships(_read(archive, entry, entry.file_size), entry.filename)


def _check_relationships(xml, name):
    for relationship in RELATIONSHIP.findall(xml):
        external = re.search(rb'TargetMode\s*=\s*["\']External["\']', relationship, re.IGNORECASE)
        hyperlink = re.search(rb'Type\s*=\s*["\'][^"\']*/hyperlink["\']', relationship, re.IGNORECASE)
        if external and not hyperlink:
            raise RefusedDocument(ACTIVE, f"external relationship in {name}")


def _check_docx(archive, names):
    content_types = _read(archive, archive.getinfo("[Content_Types].xml"), MAX_UNCOMPRESSED)
    if DOCX_MAIN_TYPE not in content_types:
        raise RefusedDocument(ACTIVE if b"macroEnabled" in content_types else UNKNOWN, "main part type")
    for marker in (b"macroEnabled", b"vbaProject", b"activeX", b"oleObject"):
        if marker.lower() in content_types.lower():
            raise RefusedDocument(ACTIVE, marker.decode())


def _check_odt(archive, entries, names):
    first = entries[0]
    if first.compress_type != zipfile.ZIP_STORED or _read(archive, first, 100) != ODT_MIMETYPE:
        raise RefusedDocument(UNKNOWN, "not an OpenDocument text")
    if not {"META-INF/manifest.xml", "content.xml"} <= names:
        raise RefusedDocument(MALFORMED, "missing parts")
    for part in ("content.xml", "styles.xml", "settings.xml", "META-INF/manifest.xml"):
        if part in names:
            xml = _read(archive, archive.getinfo(part), MAX_UNCOMPRESSED)
            if any(marker in xml for marker in ODF_ACTIVE):
                raise RefusedDocument(ACTIVE, f"scripts or macros in {part}")


def _read(archive, entry, limit):
    """At most ``limit`` unpacked bytes of an entry (never more than the entry declares)."""
    try:
        with archive.open(entry) as stream:
            return stream.read(min(limit, entry.file_size))
    except (zipfile.BadZipFile, NotImplementedError, OSError, RuntimeError, ValueError, EOFError) as error:
        raise RefusedDocument(MALFORMED, f"{entry.filename}: {error}") from error


class _BytesReader:
    """A read-only file over bytes, without copying them (io.BytesIO would)."""

    def __init__(self, data):
        self._view = memoryview(data)
        self._position = 0

    def seek(self, offset, whence=0):
        base = {0: 0, 1: self._position, 2: len(self._view)}[whence]
        self._position = max(0, base + offset)
        return self._position

    def tell(self):
        return self._position

    def read(self, size=-1):
        end = len(self._view) if size is None or size < 0 else self._position + size
        chunk = bytes(self._view[self._position : end])
        self._position += len(chunk)
        return chunk

    def seekable(self):
        return True


# -- PDF --------------------------------------------------------------------------------------------------

# Names of actions and content that run code, send data, launch programs or carry files.
PDF_ACTIVE_NAMES = {
    b"JavaScript", b"JS", b"Launch", b"SubmitForm", b"ImportData", b"GoToE", b"EmbeddedFile",
    b"EmbeddedFiles", b"RichMedia", b"RichMediaExecute", b"XFA", b"Sound", b"Movie",
}  # fmt: skip
PDF_NAME = re.compile(rb"/([^\s/<>\[\]()%{}]+)")
PDF_HTML = re.compile(rb"<(!doctype\s+html|html|script|body|iframe)\b", re.IGNORECASE)
STREAM_START = re.compile(rb"(?<!end)stream\r?\n")
MAX_OBJECT_STREAM_BYTES = 50 * 1024 * 1024


def check_pdf(data):
    if zipfile.is_zipfile(_BytesReader(data)):
        raise RefusedDocument(MALFORMED, "also a ZIP archive")
    if PDF_HTML.search(data) or EVENT_HANDLER_TAG.search(data):
        raise RefusedDocument(ACTIVE, "HTML inside")
    # Names are read outside the streams' data: inside, page contents, images and fonts are binary where
    # "/JS" turns up by chance. Object streams are the exception: they hold objects, so they are unpacked.
    skeleton, position, budget = [], 0, MAX_OBJECT_STREAM_BYTES
    for match in STREAM_START.finditer(data):
        if match.start() < position:
            continue  # the word inside an earlier stream's data
        end = data.find(b"endstream", match.end())
        if end < 0:
            raise RefusedDocument(MALFORMED, "unterminated stream")
        header = data[position : match.start()]
        skeleton.append(header)
        dictionary = header[max(header.rfind(b"obj"), 0) :]
        if b"ObjStm" in _names(dictionary):
            budget -= _check_object_stream(dictionary, data[match.end() : end], budget)
        position = end + len(b"endstream")
    skeleton.append(data[position:])
    _check_pdf_names(b"".join(skeleton))


def _check_object_stream(dictionary, stream, budget):
    if not _only_flate(dictionary):
        raise RefusedDocument(MALFORMED, "object stream in an unusual encoding")
    try:
        unpacked = zlib.decompressobj().decompress(stream, budget) if b"Filter" in dictionary else stream
    except zlib.error as error:
        raise RefusedDocument(MALFORMED, "damaged object stream") from error
    if len(unpacked) >= budget:
        raise RefusedDocument(MALFORMED, "object streams unpack to more than the limit")
    _check_pdf_names(unpacked)
    return len(unpacked)


def _check_pdf_names(data):
    names = _names(data)
    if b"Encrypt" in names:
        raise RefusedDocument(ENCRYPTED, "encrypted")
    found = names & PDF_ACTIVE_NAMES
    if found:
        raise RefusedDocument(ACTIVE, ", ".join(sorted(name.decode() for name in found)))


def _names(data):
    """Every /Name in ``data``, with #xx escapes decoded (/J#61vaScript is /JavaScript)."""
    return {_unescape(match) for match in PDF_NAME.findall(data)}


def _unescape(name):
    if b"#" not in name:
        return name
    return re.sub(rb"#([0-9A-Fa-f]{2})", lambda match: bytes([int(match.group(1), 16)]), name)


def _only_flate(dictionary):
    filters = re.search(rb"/Filter\s*(\[[^\]]*\]|/[^\s/<>\[\]]+)", dictionary)
    if filters is None:
        return True
    return _names(filters.group(1)) <= {b"FlateDecode", b"Filter"}
