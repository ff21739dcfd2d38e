"""Render a ``builder.Document`` as an A4 PDF with WeasyPrint: the guides' PDF stylesheet (methods/pdf.py,
DejaVu Sans embedded, so the text is real and searchable) plus a few rules for forms and tables."""

import threading

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from methods.pdf import PDF_CSS

from . import builder

DOCUMENT_CSS = "css/document-pdf.css"
BLOCK_TEMPLATES = {
    builder.Heading: "heading",
    builder.Paragraph: "paragraph",
    builder.BulletList: "bullet_list",
    builder.Table: "table",
    builder.TickList: "tick_list",
    builder.Fields: "fields",
    builder.Scale: "scale",
    builder.Decision: "decision",
    builder.PageBreak: "page_break",
}
_css_cache = {}
_weasyprint = threading.local()


def stylesheet():
    # Read once per process: the files only change with a deploy.
    if "css" not in _css_cache:
        parts = []
        for name in (PDF_CSS, DOCUMENT_CSS):
            with open(finders.find(name), encoding="utf-8") as css:
                parts.append(css.read())
        _css_cache["css"] = "\n".join(parts)
    return _css_cache["css"]


def resources():
    """The parsed stylesheet and the font configuration, made once per thread and reused by every document.
    A new FontConfiguration per document means a new Pango font map, so the fonts were looked up and their
    glyphs measured afresh each time; the stylesheet was parsed each time too. WeasyPrint's objects are not
    made for sharing between threads, hence one set per thread."""
    if not hasattr(_weasyprint, "css"):
        # Imported here: WeasyPrint loads Debian's Pango, which only PDFs need.
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        _weasyprint.fonts = FontConfiguration()
        _weasyprint.css = CSS(string=stylesheet(), font_config=_weasyprint.fonts)
    return _weasyprint.css, _weasyprint.fonts


def render(document: builder.Document, base_url=None) -> bytes:
    from weasyprint import HTML

    blocks = [
        (f"quality_system/documents/blocks/{BLOCK_TEMPLATES[type(block)]}.html", block)
        for block in document.blocks
    ]
    html = render_to_string(
        "quality_system/documents/document_pdf.html",
        {"document": document, "blocks": blocks, "blank": builder.BLANK},
    )
    css, fonts = resources()
    return HTML(string=html, base_url=base_url).write_pdf(stylesheets=[css], font_config=fonts)
