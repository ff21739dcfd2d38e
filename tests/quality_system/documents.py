"""Reading generated documents back the way a user's software would."""

import io

import docx
from pypdf import PdfReader


def docx_text(data):
    """Every paragraph and table cell of a DOCX, as python-docx (and so Word's file format) reads it."""
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def pdf_text(data):
    """The PDF's text with line breaks as spaces: a name in a narrow column may wrap onto two lines."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def pdf_pages(data):
    return PdfReader(io.BytesIO(data)).pages
