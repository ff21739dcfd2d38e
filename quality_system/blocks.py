"""Blocks of a template (mall): instructions, fields to fill in, tick lists, tables, an anchored scale and
signatures. Each renders through its own template on the page, and as document blocks (``document_blocks``)
in the template's DOCX and PDF, so the page and the downloads never drift apart."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .documents import builder


class DocumentBlockMixin:
    def document_blocks(self, value):
        raise NotImplementedError

    @staticmethod
    def heading(value):
        return [builder.Heading(value["heading"])] if value.get("heading") else []


class InstructionsBlock(DocumentBlockMixin, blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Rubrik"), max_length=200)
    text = blocks.TextBlock(label=_("Text"), help_text=_("Korta stycken, tomrad mellan stycken."))

    class Meta:
        template = "quality_system/blocks/instructions_block.html"
        icon = "doc-full"
        label = _("Avsnitt med text")
        help_text = _("En rubrik och text: vad avsnittet är till för eller hur mallen används.")
        preview_value = {
            "heading": "Så använder ni mallen",
            "text": "Fyll i mallen tillsammans med deltagaren.",
        }
        description = _("Rubrik och förklarande text")

    def document_blocks(self, value):
        return [*self.heading(value), *(builder.Paragraph(part) for part in split_paragraphs(value["text"]))]


class FieldsBlock(DocumentBlockMixin, blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Rubrik"), max_length=200, required=False)
    labels = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Fält"))
    lines = blocks.IntegerBlock(
        label=_("Rader per fält"), min_value=1, max_value=12, default=1, help_text=_("1 för ett kort svar.")
    )

    class Meta:
        template = "quality_system/blocks/fields_block.html"
        icon = "form"
        label = _("Fält att fylla i")
        help_text = _("Ledtexter med en linje att skriva på, till exempel Namn och Datum.")
        preview_value = {"heading": "Uppgifter", "labels": ["Namn", "Datum"], "lines": 1}
        description = _("Ledtexter med skrivlinjer")

    def document_blocks(self, value):
        return [*self.heading(value), builder.Fields(list(value["labels"]), lines=value["lines"] or 1)]


class TickListBlock(DocumentBlockMixin, blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Rubrik"), max_length=200, required=False)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Punkter"))

    class Meta:
        template = "quality_system/blocks/tick_list_block.html"
        icon = "tick"
        label = _("Lista att kryssa i")
        help_text = _("Alternativ eller punkter med en ruta att kryssa i för hand.")
        preview_value = {"heading": "Typ av händelse", "items": ["Olycka", "Tillbud"]}
        description = _("Punkter med kryssrutor")

    def document_blocks(self, value):
        return [*self.heading(value), builder.TickList(list(value["items"]))]


class TableValue(blocks.StructValue):
    def blank_rows(self):
        return range(self.get("rows") or 0)


class TableBlock(DocumentBlockMixin, blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Rubrik"), max_length=200, required=False)
    columns = blocks.ListBlock(blocks.CharBlock(max_length=100), label=_("Kolumner"))
    row_labels = blocks.ListBlock(
        blocks.CharBlock(max_length=300),
        label=_("Radrubriker"),
        required=False,
        default=[],
        help_text=_("Till exempel påståenden att skatta. Varje rubrik blir en rad."),
    )
    rows = blocks.IntegerBlock(label=_("Tomma rader"), min_value=0, max_value=30, default=5)

    class Meta:
        template = "quality_system/blocks/table_block.html"
        icon = "table"
        label = _("Tabell att fylla i")
        help_text = _("Kolumnrubriker och ett antal tomma rader.")
        preview_value = {"heading": "Åtgärder", "columns": ["Åtgärd", "Ansvarig", "Klart senast"], "rows": 3}
        description = _("Tabell med tomma rader")
        value_class = TableValue

    def document_blocks(self, value):
        columns = list(value["columns"])
        rows = [[label] + [""] * (len(columns) - 1) for label in value["row_labels"]]
        return [*self.heading(value), builder.Table(columns, rows, empty_rows=value["rows"] or 0)]


class ScaleStepBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Steg"), max_length=100)
    description = blocks.TextBlock(label=_("Det här visar steget"))

    class Meta:
        icon = "order"
        label = _("Steg på skalan")


class ScaleBlock(DocumentBlockMixin, blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Rubrik"), max_length=200, required=False)
    steps = blocks.ListBlock(ScaleStepBlock(), label=_("Steg"))

    class Meta:
        template = "quality_system/blocks/scale_block.html"
        icon = "order"
        label = _("Skala med definierade steg")
        help_text = _(
            "Varje steg får ett nummer i ordning, ett namn och en beskrivning av vad som visar det."
        )
        preview_value = {
            "heading": "Skala",
            "steps": [{"name": "Start", "description": "Deltagaren har börjat."}],
        }
        description = _("Numrerade steg med beskrivning")

    def document_blocks(self, value):
        steps = [
            (str(number), step["name"], step["description"]) for number, step in enumerate(value["steps"], 1)
        ]
        return [*self.heading(value), builder.Scale(steps)]


class SignaturesBlock(DocumentBlockMixin, blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Rubrik"), max_length=200)
    text = blocks.TextBlock(label=_("Text"), required=False)
    signatures = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Underskrifter"))

    class Meta:
        template = "quality_system/blocks/signatures_block.html"
        icon = "edit"
        label = _("Underskrifter")
        help_text = _("Vem som skriver under, till exempel deltagare och handledare.")
        preview_value = {"heading": "Underskrifter", "text": "", "signatures": ["Deltagare", "Handledare"]}
        description = _("Linjer för underskrifter")

    def document_blocks(self, value):
        return [builder.Decision(value["heading"], value.get("text") or "", list(value["signatures"]))]


class TemplateBodyBlock(blocks.StreamBlock):
    instructions = InstructionsBlock()
    fields = FieldsBlock()
    tick_list = TickListBlock()
    table = TableBlock()
    scale = ScaleBlock()
    signatures = SignaturesBlock()


def split_paragraphs(text):
    return [" ".join(part.split()) for part in (text or "").split("\n\n") if part.strip()]
