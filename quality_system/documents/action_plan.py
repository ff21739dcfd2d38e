"""The board action plan as a document.

The self-assessment builds an ``ActionPlanDocument`` from the reader's answers and edits; this module turns it
into DOCX (editable in Word and LibreOffice) and PDF (A4). The dataclasses are the contract between the two:
plain, already translated text, so the documents need no database access.
"""

from dataclasses import dataclass, field
from datetime import date

from django.utils import formats, translation
from django.utils.translation import gettext as _

from . import builder, docx, pdf


@dataclass(frozen=True)
class HelpLink:
    title: str
    url: str  # absolute, so it works in a downloaded file


@dataclass(frozen=True)
class AreaResult:
    area: str  # the quality area's name in the reader's language
    level: str  # the level reached, as a label ("Grundnivå")
    strengths: list[str] = field(default_factory=list)  # criteria at or above the target
    gaps: list[str] = field(default_factory=list)  # criteria below the target


@dataclass(frozen=True)
class PlannedAction:
    area: str
    criterion: str
    action: str
    responsible: str = ""
    due: date | None = None
    help: list[HelpLink] = field(default_factory=list)
    required_by: str = ""  # a legal source when the criterion is required by law for this reader, else ""


@dataclass(frozen=True)
class ActionPlanDocument:
    organisation: str
    organisation_form: str
    size_band: str
    language: str  # "sv" or "en": the language of the document's own headings
    made_on: date
    results: list[AreaResult]
    actions: list[PlannedAction]
    target_level: str = ""  # optional: the level the reader aims for ("Grundnivå"), named in the intro


def build(plan: ActionPlanDocument) -> builder.Document:
    """The plan as document blocks, with headings in the plan's language."""
    with translation.override(plan.language):
        made_on = formats.date_format(plan.made_on, "j F Y")
        document = builder.Document(
            title=_("Handlingsplan för kvalitetsarbetet"),
            subtitle=plan.organisation,
            language=plan.language,
            meta=" · ".join(
                part for part in (plan.organisation_form, plan.size_band, _("Upprättad %s") % made_on) if part
            ),
            footer=_("Gjord med Kvalitetsnavets självskattning"),
        )
        intro = _(
            "Planen bygger på organisationens självskattning. Den visar var ni står i varje kvalitetsområde "
            "och vilka åtgärder ni föreslår att styrelsen beslutar om."
        )
        if plan.target_level:
            intro += " " + _("Målet är att nå %(level)s.") % {"level": plan.target_level}
        document.add(builder.Paragraph(intro, style="lead"))

        document.add(builder.Heading(_("Resultat per kvalitetsområde")))
        document.add(
            builder.Table(
                header=[_("Kvalitetsområde"), _("Nivå"), _("Styrkor"), _("Att utveckla")],
                widths=(4, 3, 5, 5),
                rows=[
                    [result.area, result.level, "\n".join(result.strengths), "\n".join(result.gaps)]
                    for result in plan.results
                ],
            )
        )

        document.add(builder.Heading(_("Åtgärder")))
        if plan.actions:
            document.add(
                builder.Table(
                    header=["#", _("Åtgärd"), _("Ansvarig"), _("Klart senast")],
                    rows=[action_row(number, action) for number, action in enumerate(plan.actions, 1)],
                    widths=(1, 11, 4, 3),
                )
            )
        else:
            document.add(builder.Paragraph(_("Inga åtgärder valda.")))
        document.add(
            builder.Paragraph(
                _("Följ upp planen vid varje styrelsemöte och gör en ny självskattning inom ett år."),
                style="note",
            )
        )
        document.add(decision_block())
    return document


def action_row(number, action):
    lines = [f"{action.area}: {action.criterion}", action.action]
    if action.required_by:
        lines.append(_("Krav enligt %s") % action.required_by)
    lines += [_("Stöd: %(title)s, %(url)s") % {"title": link.title, "url": link.url} for link in action.help]
    due = formats.date_format(action.due, "Y-m-d") if action.due else builder.SHORT_BLANK
    return [str(number), "\n".join(lines), action.responsible or builder.SHORT_BLANK, due]


def decision_block():
    return builder.Decision(
        heading=_("Styrelsens beslut"),
        text=_("Beslutad av styrelsen den ____________, protokoll § ______."),
        signatures=[_("Ordförande: underskrift och namnförtydligande"), _("Justerare")],
    )


def render_docx(plan: ActionPlanDocument) -> bytes:
    return docx.render(build(plan))


def render_pdf(plan: ActionPlanDocument) -> bytes:
    return pdf.render(build(plan))
