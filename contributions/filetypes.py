"""What kind of document an upload really is, read from its content (magic bytes), never from its name.

PDF starts with "%PDF-". DOCX and ODT are ZIP archives: a DOCX holds word/document.xml and
[Content_Types].xml; an ODT starts with an uncompressed "mimetype" entry naming the ODF text type.
"""

import zipfile

PDF, DOCX, ODT = "pdf", "docx", "odt"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def detect_document_type(uploaded):
    """Return "pdf", "docx", "odt" or None for a Django UploadedFile (the read position is restored)."""
    uploaded.seek(0)
    head = uploaded.read(8)
    uploaded.seek(0)
    try:
        if head.startswith(b"%PDF-"):
            return PDF
        if head.startswith(b"PK\x03\x04"):
            return _zip_document_type(uploaded)
        return None
    finally:
        uploaded.seek(0)


def _zip_document_type(uploaded):
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as entry:
                    # Read a few bytes only: the entry could be huge in a hostile archive.
                    if entry.read(len(ODT_MIMETYPE) + 2).strip() == ODT_MIMETYPE:
                        return ODT
            if {"[Content_Types].xml", "word/document.xml"} <= names:
                return DOCX
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError):
        return None
    return None
