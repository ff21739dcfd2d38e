"""One small document model, rendered two ways: DOCX (python-docx, editable in Word and LibreOffice) and PDF
(WeasyPrint, A4, the same stylesheet and DejaVu Sans as the guides' PDFs).

The action plan, the templates and the handbook describe their content once as a ``Document`` of blocks;
neither renderer knows what a handbook is. Texts arrive already translated.
"""

from dataclasses import dataclass, field

# A box to tick by hand in the DOCX. U+2610 is in DejaVu Sans, Segoe UI Symbol and LibreOffice's fonts.
TICK_BOX = "\u2610"
BLANK = "_______________"
SHORT_BLANK = "__________"  # fits a narrow table column


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = a section of the document; the document's title is Document.title


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = ""  # "" | "lead" | "meta" | "note"
    url: str = ""  # when given, the whole paragraph is a link


@dataclass(frozen=True)
class BulletList:
    items: list[str]
    ordered: bool = False


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]  # a cell's line breaks become separate lines
    empty_rows: int = 0  # blank rows to fill in by hand
    widths: tuple = ()  # relative column widths, for the DOCX (Word gives equal columns otherwise)

    @property
    def blank_rows(self):
        return range(self.empty_rows)

    @property
    def percentages(self):
        total = sum(self.widths)
        return [round(100 * weight / total, 1) for weight in self.widths]


@dataclass(frozen=True)
class TickList:
    items: list[str]


@dataclass(frozen=True)
class Fields:
    """Labels with a line to write on: "Namn: ________"."""

    labels: list[str]
    lines: int = 1  # lines to write on per label; more than 1 gives a writing area

    @property
    def line_range(self):
        return range(self.lines)


@dataclass(frozen=True)
class Scale:
    """An anchored scale: each step has a number, a name and what shows it."""

    steps: list[tuple[str, str, str]]


@dataclass(frozen=True)
class Decision:
    """The board's adoption: "Beslutad av styrelsen den ____, protokoll § ____" and signatures."""

    heading: str
    text: str
    signatures: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass
class Document:
    title: str
    language: str
    blocks: list = field(default_factory=list)
    subtitle: str = ""
    meta: str = ""  # a line under the title: date, source address
    footer: str = "Kvalitetsnavet"

    def add(self, *blocks):
        self.blocks.extend(blocks)
        return self


def filename(stem, extension):
    """A download name: the stem is already a slug (page slug or a fixed word), so it is safe as is."""
    return f"{stem}.{extension}"
