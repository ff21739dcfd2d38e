"""The quality handbook as one document: cover, quality policy, routine register, the chosen routines with
their steps and a checklist, the chosen guides' checklists, the chosen templates and the board's adoption."""

from dataclasses import dataclass, field
from datetime import date

from django.utils import formats, translation
from django.utils.translation import gettext as _

from . import builder, docx, pdf
from .templates import body_blocks
from .text import rich_text_blocks


@dataclass
class Handbook:
    organisation: str
    language: str
    made_on: date
    organisation_form: str = ""
    size_band: str = ""
    policy: object = None  # the quality policy TemplatePage, or None
    routines: list = field(default_factory=list)  # ExampleRoutinePage, in the reader's language
    guides: list = field(default_factory=list)  # MethodGuidePage
    templates: list = field(default_factory=list)  # TemplatePage
    base_url: str = ""  # the site's address, so links in the file work outside the site


def build(handbook: Handbook) -> builder.Document:
    with translation.override(handbook.language):
        made_on = formats.date_format(handbook.made_on, "j F Y")
        document = builder.Document(
            title=_("Kvalitetshandbok"),
            subtitle=handbook.organisation,
            language=handbook.language,
            meta=" · ".join(
                part for part in (handbook.organisation_form, handbook.size_band, made_on) if part
            ),
            footer=_("Kvalitetshandbok för %s, sammanställd med Kvalitetsnavet") % handbook.organisation,
        )
        sections = section_titles(handbook)
        document.add(
            builder.Paragraph(
                _(
                    "Handboken beskriver hur %(organisation)s arbetar med kvalitet: vår policy, våra rutiner "
                    "och de mallar vi använder. Styrelsen fastställer handboken och ser över den varje år."
                )
                % {"organisation": handbook.organisation},
                style="lead",
            ),
            builder.Heading(_("Innehåll")),
            builder.BulletList(sections, ordered=True),
        )
        if handbook.policy is not None:
            document.add(builder.PageBreak(), builder.Heading(_("Kvalitetspolicy")))
            document.add(builder.Paragraph(_("Förslag att anpassa och anta i styrelsen."), style="note"))
            document.add(*body_blocks(handbook.policy))
        document.add(builder.PageBreak(), *register(handbook))
        for routine in handbook.routines:
            document.add(builder.PageBreak(), *routine_blocks(routine, handbook.base_url))
        if handbook.guides:
            document.add(builder.PageBreak(), builder.Heading(_("Checklistor från metodhandledningarna")))
            for guide in handbook.guides:
                document.add(*guide_blocks(guide, handbook.base_url))
        for template in handbook.templates:
            document.add(builder.PageBreak(), builder.Heading(template.title))
            document.add(builder.Paragraph(template.summary, style="lead"), *body_blocks(template))
        document.add(builder.PageBreak(), adoption(handbook))
    return document


def section_titles(handbook):
    titles = []
    if handbook.policy is not None:
        titles.append(_("Kvalitetspolicy"))
    titles.append(_("Rutinförteckning"))
    titles += [routine.title for routine in handbook.routines]
    if handbook.guides:
        titles.append(_("Checklistor från metodhandledningarna"))
    titles += [template.title for template in handbook.templates]
    titles.append(_("Styrelsens fastställande"))
    return titles


def register(handbook):
    blocks = [
        builder.Heading(_("Rutinförteckning")),
        builder.Paragraph(
            _("Fyll i vem som äger varje rutin, när den antogs och när den ska ses över nästa gång.")
        ),
    ]
    rows = [[routine.title, "", "", ""] for routine in handbook.routines]
    header = [_("Rutin"), _("Ägare"), _("Antagen"), _("Nästa översyn")]
    blocks.append(builder.Table(header, rows, empty_rows=3, widths=(8, 3, 3, 3)))
    return blocks


def absolute(base_url, page):
    url = page.url or ""
    return base_url.rstrip("/") + url if base_url and url.startswith("/") else url


def routine_blocks(routine, base_url):
    blocks = [builder.Heading(routine.title), builder.Paragraph(routine.summary, style="lead")]
    for heading, html in (
        (_("Syfte"), routine.purpose),
        (_("Omfattning"), routine.scope),
        (_("Ansvar"), routine.responsibilities),
    ):
        if html:
            blocks += [builder.Heading(heading, level=2), *rich_text_blocks(html)]
    steps = [step.value for step in routine.steps]
    if steps:
        blocks.append(builder.Heading(_("Arbetsgång"), level=2))
        lines = [f"{step['title']}: {' '.join(step['text'].split())}" for step in steps]
        blocks.append(builder.BulletList(lines, ordered=True))
        blocks.append(builder.Heading(_("Checklista"), level=2))
        blocks.append(builder.TickList([step["title"] for step in steps]))
    if routine.records:
        blocks += [builder.Heading(_("Dokumentation"), level=2), *rich_text_blocks(routine.records)]
    blocks.append(
        builder.Paragraph(
            _("Bygger på en exempelrutin från Kvalitetsnavet: %s") % absolute(base_url, routine), style="meta"
        )
    )
    return blocks


def guide_blocks(guide, base_url):
    items = [item.value["text"] for item in guide.checklist]
    return [
        builder.Heading(guide.title, level=2),
        builder.TickList(items),
        builder.Paragraph(absolute(base_url, guide), style="meta"),
    ]


def adoption(handbook):
    return builder.Decision(
        heading=_("Styrelsens fastställande"),
        text=_(
            "Styrelsen för %(organisation)s har fastställt kvalitetshandboken med policy, rutinförteckning "
            "och rutiner. Beslutad av styrelsen den ____________, protokoll § ______. Nästa översyn senast "
            "____________."
        )
        % {"organisation": handbook.organisation},
        signatures=[_("Ordförande: underskrift och namnförtydligande"), _("Justerare")],
    )


def render_docx(handbook: Handbook) -> bytes:
    return docx.render(build(handbook))


def render_pdf(handbook: Handbook) -> bytes:
    return pdf.render(build(handbook), base_url=handbook.base_url or None)
