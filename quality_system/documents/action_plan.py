"""The board action plan as a document.

The self-assessment builds an ``ActionPlanDocument`` from the reader's answers and edits; this module turns it
into DOCX (editable in Word and LibreOffice) and PDF (A4). The dataclasses are the contract between the two:
plain, already translated text, so the documents need no database access.
"""

from dataclasses import dataclass, field
from datetime import date


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


def render_docx(plan: ActionPlanDocument) -> bytes:
    raise NotImplementedError("quality_system.documents: the action plan's DOCX is not built yet")


def render_pdf(plan: ActionPlanDocument) -> bytes:
    raise NotImplementedError("quality_system.documents: the action plan's PDF is not built yet")
