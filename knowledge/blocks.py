"""Blocks every content app may use. Each StructBlock renders through its own template."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Rubrik"), max_length=120)
    text = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link", "ol", "ul", "document-link"]
    )

    class Meta:
        template = "blocks/section_block.html"
        icon = "doc-full"
        label = _("Avsnitt")
        help_text = _("Ett avsnitt med egen rubrik. Rubrikerna bildar sidans innehållsförteckning.")
        preview_value = {
            "heading": "Vad sidan handlar om",
            "text": "<p>Korta stycken gör texten lättare att läsa.</p>",
        }
        description = _("Rubrik med brödtext")


class CalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Rubrik"), max_length=120)
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        template = "blocks/callout_block.html"
        icon = "warning"
        label = _("Faktaruta")
        help_text = _("En kort ruta som lyfter fram något läsaren inte får missa.")
        preview_value = {"heading": "Tänk på", "text": "Styrelsen fattar beslut om rutinen."}
        description = _("Framhävd ruta")


class DataControllerBlock(blocks.StaticBlock):
    """Names the controller of personal data from the DATA_CONTROLLER setting, so a site run by someone
    else never claims another legal person, and a site without one says so."""

    # Nothing to translate (the text comes from the template's gettext strings). wagtail-localize skips
    # block types it does not know; these two hooks say so explicitly rather than rely on that.
    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value

    class Meta:
        template = "blocks/data_controller_block.html"
        icon = "user"
        label = _("Personuppgiftsansvarig")
        admin_text = _(
            "Visar den personuppgiftsansvariga juridiska personen (inställningen DATA_CONTROLLER)."
        )


class PageBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    callout = CalloutBlock()
    data_controller = DataControllerBlock()
