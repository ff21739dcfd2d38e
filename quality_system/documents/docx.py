"""Render a ``builder.Document`` as DOCX with python-docx: built-in styles only (Title, Heading 1-2, List
Bullet/Number, Table Grid), so Word and LibreOffice show the document's structure in their navigator and an
organisation can restyle it with its own template."""

import io

from docx import Document as new_docx
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from . import builder

LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
FONT = "Arial"  # present in Word; LibreOffice uses its metric-compatible Liberation Sans
TEXT_WIDTH = Mm(170)  # A4 less the margins
_styles = {}  # id() of a document being rendered -> {style name: style}; emptied when it is saved


def style(docx, name):
    """The named style, looked up once per document: python-docx finds a style by name by reading every
    style of its template (about 160) each time, and a handbook names one for hundreds of paragraphs."""
    found = _styles.setdefault(id(docx), {})
    if name not in found:
        found[name] = docx.styles[name]
    return found[name]


def render(document: builder.Document) -> bytes:
    docx = new_docx()
    try:
        return _render(docx, document)
    finally:
        _styles.pop(id(docx), None)


def _render(docx, document):
    setup(docx, document)
    docx.add_paragraph(document.title, style=style(docx, "Title"))
    if document.subtitle:
        docx.add_paragraph(document.subtitle, style=style(docx, "Subtitle"))
    if document.meta:
        meta(docx.add_paragraph(document.meta))
    for block in document.blocks:
        RENDERERS[type(block)](docx, block)
    out = io.BytesIO()
    docx.save(out)
    return out.getvalue()


def setup(docx, document):
    section = docx.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    normal = docx.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    # The document's language, so spelling checks and screen readers use Swedish (or English) rules.
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANGUAGE_TAGS.get(document.language, document.language))
    rpr.append(lang)
    props = docx.core_properties
    props.title = document.title
    props.author = "Kvalitetsnavet"
    props.language = LANGUAGE_TAGS.get(document.language, document.language)
    footer = section.footer.paragraphs[0]
    footer.text = document.footer
    meta(footer)


def meta(paragraph):
    for run in paragraph.runs:
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x33, 0x33, 0x33)


def heading(docx, block):
    docx.add_paragraph(block.text, style=style(docx, f"Heading {min(block.level, 3)}"))


def paragraph(docx, block):
    par = docx.add_paragraph()
    if block.url:
        hyperlink(par, block.text, block.url)
    else:
        par.add_run(block.text)
    if block.style == "meta":
        meta(par)
    elif block.style == "lead":
        for run in par.runs:
            run.font.size = Pt(12.5)
    elif block.style == "note":
        for run in par.runs:
            run.italic = True


def hyperlink(par, text, url):
    """python-docx has no public API for links: build the w:hyperlink element (ECMA-376 §17.16.22)."""
    rel_id = par.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(underline)
    run.append(rpr)
    text_el = OxmlElement("w:t")
    text_el.text = text
    text_el.set(qn("xml:space"), "preserve")
    run.append(text_el)
    link.append(run)
    par._p.append(link)


def bullet_list(docx, block):
    list_style = style(docx, "List Number" if block.ordered else "List Bullet")
    for item in block.items:
        docx.add_paragraph(item, style=list_style)


def cell_text(cell, text, *, bold=False):
    lines = str(text).split("\n")
    par = cell.paragraphs[0]
    for number, line in enumerate(lines):
        run = par.add_run(line)
        run.bold = bold
        if number < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def table(docx, block):
    grid = docx.add_table(rows=1, cols=len(block.header), style=style(docx, "Table Grid"))
    for cell, text in zip(grid.rows[0].cells, block.header, strict=True):
        cell_text(cell, text, bold=True)
    repeat_header(grid.rows[0])
    for row in block.rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell_text(cell, text)
    for _ in range(block.empty_rows):
        for cell in grid.add_row().cells:
            cell_text(cell, " ")
    set_widths(grid, block.widths)
    docx.add_paragraph()


def set_widths(grid, weights):
    if not weights:
        return
    grid.autofit = False
    total = sum(weights)
    # Word reads each cell's width, LibreOffice the table grid's: set both.
    for column, weight in zip(grid.columns, weights, strict=True):
        column.width = int(TEXT_WIDTH * weight / total)
    for row in grid.rows:
        for cell, weight in zip(row.cells, weights, strict=True):
            cell.width = int(TEXT_WIDTH * weight / total)


def repeat_header(row):
    # The header row repeats on every page of a long table (w:tblHeader).
    trpr = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    trpr.append(mark)


def tick_list(docx, block):
    for item in block.items:
        par = docx.add_paragraph()
        box = par.add_run(builder.TICK_BOX + "  ")
        box.font.size = Pt(13)
        par.add_run(item)


def fields(docx, block):
    for label in block.labels:
        if block.lines > 1:
            docx.add_paragraph(label + ":")
            for _ in range(block.lines):
                docx.add_paragraph("_" * 70)
        else:
            docx.add_paragraph(f"{label}: {builder.BLANK * 2}")


def scale(docx, block):
    grid = docx.add_table(rows=0, cols=3, style=style(docx, "Table Grid"))
    for number, name, description in block.steps:
        cells = grid.add_row().cells
        cell_text(cells[0], number, bold=True)
        cell_text(cells[1], name, bold=True)
        cell_text(cells[2], description)
    set_widths(grid, (1, 5, 12))
    docx.add_paragraph()


def decision(docx, block):
    docx.add_paragraph(block.heading, style=style(docx, "Heading 1"))
    docx.add_paragraph(block.text)
    for label in block.signatures:
        docx.add_paragraph()
        docx.add_paragraph("_" * 45)
        docx.add_paragraph(label)


def page_break(docx, block):
    docx.add_page_break()


RENDERERS = {
    builder.Heading: heading,
    builder.Paragraph: paragraph,
    builder.BulletList: bullet_list,
    builder.Table: table,
    builder.TickList: tick_list,
    builder.Fields: fields,
    builder.Scale: scale,
    builder.Decision: decision,
    builder.PageBreak: page_break,
}
