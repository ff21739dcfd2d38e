"""The self-assessment framework: per quality area a crosswalk, and 3–6 criteria with three defined levels.

Both are translatable snippets rather than pages: a criterion is a piece of structured data shown inside the
self-assessment and its results, never a page of its own, and snippets give national editors an admin listing
per area and wagtail-localize's translation editor (Swedish source, English translation) without adding
pages to the tree and the menu.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class Level(models.IntegerChoices):
    NOT_STARTED = 0, _("Inte påbörjat")
    BASIC = 1, _("Grundnivå")
    DEVELOPED = 2, _("Utvecklad nivå")


class CrosswalkMixin(models.Model):
    """Where the same thing sits in the frameworks an organisation may meet later (kept as data)."""

    iso_9001 = models.CharField(_("ISO 9001:2015"), max_length=200, blank=True)
    equass = models.CharField(_("EQUASS-princip"), max_length=200, blank=True)
    trusted_standard = models.CharField(_("Trusted Standard (PQASSO)"), max_length=200, blank=True)

    crosswalk_panels = [
        MultiFieldPanel(
            [FieldPanel("iso_9001"), FieldPanel("equass"), FieldPanel("trusted_standard")],
            heading=_("Motsvarigheter i andra ramverk"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def crosswalk(self):
        return [
            (label, value)
            for label, value in (
                ("ISO 9001:2015", self.iso_9001),
                ("EQUASS", self.equass),
                ("Trusted Standard (PQASSO)", self.trusted_standard),
            )
            if value
        ]


class FrameworkArea(TranslatableMixin, CrosswalkMixin, models.Model):
    """A quality area as the self-assessment presents it: why it matters, and its crosswalk."""

    quality_area = models.ForeignKey(
        "knowledge.QualityArea", verbose_name=_("kvalitetsområde"), on_delete=models.CASCADE, related_name="+"
    )
    intro = models.CharField(
        _("ingress"), max_length=400, help_text=_("En mening om varför området spelar roll.")
    )
    sort_order = models.PositiveSmallIntegerField(_("ordning"), default=0)

    panels = [
        FieldPanel("quality_area"),
        FieldPanel("intro"),
        FieldPanel("sort_order"),
        *CrosswalkMixin.crosswalk_panels,
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("område i självskattningen")
        verbose_name_plural = _("områden i självskattningen")
        ordering = ["sort_order"]

    def __str__(self):
        return str(self.quality_area)


class FormAdviceBlock(blocks.StructBlock):
    forms = blocks.CharBlock(
        label=_("organisationsformer"),
        help_text=_("Slugs för organisationsformerna rådet gäller, åtskilda med komma (t.ex. stiftelse)."),
    )
    text = blocks.TextBlock(label=_("råd"))

    class Meta:
        icon = "help"
        label = _("råd för en organisationsform")


class Criterion(TranslatableMixin, CrosswalkMixin, ClusterableModel):
    """One thing an organisation can assess itself on, with what each of the three levels looks like."""

    area = models.ForeignKey(
        "knowledge.QualityArea", verbose_name=_("kvalitetsområde"), on_delete=models.CASCADE, related_name="+"
    )
    slug = models.SlugField(_("slug"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    title = models.CharField(_("kriterium"), max_length=200)
    question = models.CharField(_("fråga"), max_length=300)
    not_started = models.TextField(_("inte påbörjat: så ser det ut"))
    not_started_evidence = models.TextField(_("inte påbörjat: det som visar det"))
    basic = models.TextField(_("grundnivå: så ser det ut"))
    basic_evidence = models.TextField(_("grundnivå: det som visar det"))
    developed = models.TextField(_("utvecklad nivå: så ser det ut"))
    developed_evidence = models.TextField(_("utvecklad nivå: det som visar det"))
    action_basic = models.TextField(_("åtgärd för att nå grundnivå"))
    action_developed = models.TextField(_("åtgärd för att nå utvecklad nivå"))
    minimum_path = models.BooleanField(
        _("minsta vägen"),
        default=False,
        help_text=_("Visas först för de minsta organisationerna (inga anställda eller 1–9 anställda)."),
    )
    providers_only = models.BooleanField(
        _("bara för utförare enligt SoL eller LSS"),
        default=False,
        help_text=_("Visas bara för den som svarar att de utför insatser enligt SoL eller LSS."),
    )
    legal_requirement = models.CharField(
        _("krävs enligt lag för utförare enligt SoL eller LSS"),
        max_length=300,
        blank=True,
        help_text=_("Källan, t.ex. SOSFS 2011:9. Lämna tomt om kriteriet inte är ett lagkrav för utförare."),
    )
    template_slugs = models.CharField(
        _("mallar"),
        max_length=400,
        blank=True,
        help_text=_("Svenska slugs för mallarna som hjälper, åtskilda med komma. Länkas när mallen finns."),
    )
    form_advice = StreamField(
        [("advice", FormAdviceBlock())], blank=True, verbose_name=_("råd per organisationsform")
    )

    # Text fields that are the same in every language (numbers, flags and choices are synchronised anyway).
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("template_slugs")]
    panels = [
        FieldPanel("area"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("question"),
        FieldPanel("sort_order"),
        MultiFieldPanel(
            [
                FieldPanel("not_started"),
                FieldPanel("not_started_evidence"),
                FieldPanel("basic"),
                FieldPanel("basic_evidence"),
                FieldPanel("developed"),
                FieldPanel("developed_evidence"),
            ],
            heading=_("Nivåer"),
        ),
        MultiFieldPanel([FieldPanel("action_basic"), FieldPanel("action_developed")], heading=_("Åtgärder")),
        FieldPanel("minimum_path"),
        FieldPanel("providers_only"),
        FieldPanel("legal_requirement"),
        InlinePanel("links", label=_("vägledningar, exempelrutiner och begrepp som hjälper")),
        FieldPanel("template_slugs"),
        FieldPanel("form_advice"),
        *CrosswalkMixin.crosswalk_panels,
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kriterium")
        verbose_name_plural = _("kriterier")
        ordering = ["area__sort_order", "sort_order"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_criterion_slug_per_locale"),
        ]

    def __str__(self):
        return self.title

    def levels(self):
        """(level, description, evidence) for the three levels, lowest first."""
        return [
            (Level.NOT_STARTED, self.not_started, self.not_started_evidence),
            (Level.BASIC, self.basic, self.basic_evidence),
            (Level.DEVELOPED, self.developed, self.developed_evidence),
        ]

    def action_towards(self, answer):
        """The proposed action for the next level above ``answer``."""
        return self.action_basic if answer < Level.BASIC else self.action_developed

    def template_slug_list(self):
        return [slug.strip() for slug in self.template_slugs.split(",") if slug.strip()]

    def advice_for(self, form_slug):
        for block in self.form_advice:
            if form_slug in [slug.strip() for slug in block.value["forms"].split(",")]:
                yield block.value["text"]


class CriterionLink(Orderable):
    """A guide, example routine or glossary term that helps move up a level. Points at the Swedish page
    (synchronised to translations); readers get the page in their language (knowledge.localization)."""

    criterion = ParentalKey(Criterion, on_delete=models.CASCADE, related_name="links")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("sida"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]
