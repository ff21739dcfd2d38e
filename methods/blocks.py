"""Blocks for method guides and example routines. Each StructBlock renders through its own template."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Steg"), max_length=200)
    text = blocks.TextBlock(
        label=_("Beskrivning"), help_text=_("Vad som görs, av vem och när. Korta stycken.")
    )

    class Meta:
        template = "blocks/step_block.html"
        icon = "list-ol"
        label = _("Steg")
        help_text = _("Ett steg i arbetsgången. Stegen numreras i den ordning de står.")
        preview_value = {
            "title": "Styrelsen antar en kvalitetspolicy",
            "text": "Policyn säger vad verksamheten vill uppnå för deltagarna och hur kvaliteten följs upp.",
        }
        description = _("Numrerat steg med beskrivning")


class ChecklistItemBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Punkt"), max_length=300)

    class Meta:
        template = "blocks/checklist_item_block.html"
        icon = "tick"
        label = _("Checklistpunkt")
        help_text = _("Något som går att bocka av: skriv det som ett påstående som är sant när det är gjort.")
        preview_value = {"text": "Kvalitetspolicyn är antagen och daterad."}
        description = _("Punkt att bocka av")


class IndicatorBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Indikator"), max_length=200)
    how = blocks.CharBlock(label=_("Hur den mäts"), max_length=400)
    when = blocks.CharBlock(label=_("När"), max_length=200)
    source = blocks.CharBlock(label=_("Datakälla"), max_length=200)

    class Meta:
        template = "blocks/indicator_block.html"
        icon = "table"
        label = _("Indikator för nytta och effekt")
        help_text = _("Ett mått som visar nytta och effekt: vad, hur, när och varifrån uppgifterna kommer.")
        preview_value = {
            "name": "Andel deltagare i arbete eller studier",
            "how": "Antal som gått till arbete eller studier delat med antal avslutade, uppdelat på kön",
            "when": "Vid avslut och sex månader efter",
            "source": "Avslutssamtal och uppföljningssamtal",
        }
        description = _("Mått med definition, tidpunkt och källa")


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class ChecklistBlock(blocks.StreamBlock):
    item = ChecklistItemBlock()


class IndicatorsBlock(blocks.StreamBlock):
    indicator = IndicatorBlock()
