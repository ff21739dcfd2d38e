"""A template page (mall) as a DOCX or PDF document in the page's language."""

from django.utils import translation
from django.utils.translation import gettext as _

from . import builder, docx, pdf
from .text import rich_text_blocks


def build(page, request=None) -> builder.Document:
    language = page.locale.language_code
    url = page.get_full_url(request)
    with translation.override(language):
        document = builder.Document(
            title=page.title,
            language=language,
            meta=page.summary,
            footer=_("Mall från Kvalitetsnavet: %s") % url,
        )
        document.add(builder.Heading(_("Så använder ni mallen")), *rich_text_blocks(page.intro))
        document.add(*body_blocks(page))
    return document


def body_blocks(page):
    blocks = []
    for child in page.body:
        blocks.extend(child.block.document_blocks(child.value))
    return blocks


def render_docx(page, request=None) -> bytes:
    return docx.render(build(page, request))


def render_pdf(page, request=None) -> bytes:
    return pdf.render(build(page, request), base_url=page.get_full_url(request))
