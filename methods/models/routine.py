"""An example routine (exempelrutin), shared by an organisation or written by the editors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from glossary.models import GlossaryTermPage
from glossary.term_links import TermLinker
from knowledge.api import OrganisationFormsField, QualityAreaField, RegionField, RichTextHTMLField
from knowledge.localization import localized_targets
from knowledge.models import (
    OrganisationFormTaggedMixin,
    QualityArea,
    Region,
    ReviewedPageMixin,
    SizeBand,
    legal_sources_of,
)
from knowledge.part_cache import page_part
from knowledge.searchable import ResultType, Searchable
from knowledge.taxonomy_cache import taxonomy
from knowledge.visibility import CachedViewRestrictionsMixin

from ..blocks import StepsBlock
from .fields import TEXT_FEATURES
from .guide import LINK_FIELDS, TERM_LINK_FIELDS, GuideTermLink, MethodGuidePage
from .panels import content_tabs, links_panels, review_tab_panels
from .region_section import RegionSectionPage


class ExampleRoutinePage(
    CachedViewRestrictionsMixin, OrganisationFormTaggedMixin, ReviewedPageMixin, Searchable, Page
):
    summary = models.CharField(_("sammanfattning"), max_length=400)
    organisation_name = models.CharField(
        _("organisation som delat rutinen"),
        max_length=200,
        blank=True,
        help_text=_("Lämna tomt om organisationen vill vara anonym."),
    )
    # Readers must be able to tell an example the editors wrote (with an invented organisation and dates)
    # from a routine an organisation really uses and has shared with its consent.
    editorial_example = models.BooleanField(
        _("exempel skrivet av redaktionen"),
        default=False,
        help_text=_(
            "Kryssa i när redaktionen har skrivit rutinen som exempel. Organisation och datum visas då "
            "som påhittade."
        ),
    )
    # The region of the section the routine lives in (see save()): an editor chooses it by where they create
    # or move the routine, never types it. Kept as a column so the listing filter, search and the API read
    # it without walking the page tree.
    region = models.ForeignKey(
        "knowledge.Region",
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    size_band = models.CharField(_("storlek"), max_length=20, choices=SizeBand.choices)
    quality_area = models.ForeignKey(
        "knowledge.QualityArea", verbose_name=_("kvalitetsområde"), on_delete=models.PROTECT, related_name="+"
    )
    purpose = RichTextField(_("syfte"), features=TEXT_FEATURES)
    scope = RichTextField(_("omfattning"), blank=True, features=TEXT_FEATURES)
    responsibilities = RichTextField(_("ansvar"), blank=True, features=TEXT_FEATURES)
    steps = StreamField(StepsBlock(), verbose_name=_("arbetsgång"), blank=True)
    records = RichTextField(_("dokumentation som sparas"), blank=True, features=TEXT_FEATURES)
    review_interval_months = models.PositiveSmallIntegerField(_("granskas var (månader)"), default=12)
    adopted_on = models.DateField(_("antagen av styrelsen"), null=True, blank=True)
    version = models.CharField(_("version"), max_length=20, blank=True)
    sol_lss_providers = models.BooleanField(
        _("gäller utförare enligt SoL eller LSS"),
        default=False,
        help_text=_(
            "Markera när sidan beskriver krav som bara gäller den som utför insatser enligt "
            "socialtjänstlagen eller LSS. Sidan visar då en notis och kan filtreras fram."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("editorial_example"), FieldPanel("organisation_name"), FieldPanel("size_band")],
            heading=_("Organisation"),
        ),
    ]
    routine_panels = [
        FieldPanel("purpose"),
        FieldPanel("scope"),
        FieldPanel("responsibilities"),
        FieldPanel("steps"),
        FieldPanel("records"),
        InlinePanel("documents", heading=_("Bifogade dokument"), label=_("dokument")),
    ]
    edit_handler = content_tabs(
        overview=(_("Översikt"), content_panels),
        body=(_("Rutin"), routine_panels),
        links=(
            _("Kopplingar"),
            links_panels(
                InlinePanel(
                    "guide_links",
                    heading=_("Metodhandledningar som rutinen genomför"),
                    label=_("handledning"),
                )
            ),
        ),
        review=(
            _("Beslut och granskning"),
            review_tab_panels(
                FieldPanel("adopted_on"), FieldPanel("version"), FieldPanel("review_interval_months")
            ),
        ),
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("purpose"),
        index.SearchField("scope"),
        index.SearchField("responsibilities"),
        index.SearchField("steps"),
        index.SearchField("records"),
        index.FilterField("quality_area"),
        index.FilterField("region"),
        index.FilterField("sol_lss_providers"),
    ]
    # Facts about the contributing organisation are the same in every language (its size band and the
    # editorial flag are a choice and a boolean, which wagtail-localize synchronises by itself).
    override_translatable_fields = [SynchronizedField("version"), SynchronizedField("organisation_name")]
    # The open-data API's shape of a routine; the submitter's contact details are not on the page at all.
    api_fields = [
        APIField("summary"),
        APIField("organisation_name"),
        APIField("region", serializer=RegionField()),
        APIField("size_band"),
        APIField("quality_area", serializer=QualityAreaField()),
        APIField("organisation_forms", serializer=OrganisationFormsField()),
        APIField("purpose", serializer=RichTextHTMLField()),
        APIField("scope", serializer=RichTextHTMLField()),
        APIField("responsibilities", serializer=RichTextHTMLField()),
        APIField("steps"),
        APIField("records", serializer=RichTextHTMLField()),
        APIField("adopted_on"),
        APIField("version"),
        APIField("review_interval_months"),
        APIField("last_reviewed"),
        APIField("next_review"),
    ]
    # How search presents a routine (knowledge/searchable.py).
    search_result_type = ResultType(
        "routine", _("Exempelrutin"), _("Exempelrutiner"), icon="type-routine", order=20
    )
    search_quality_area_field = "quality_area"
    parent_page_types = ["methods.RegionSectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("exempelrutin")
        verbose_name_plural = _("exempelrutiner")

    def save(self, *args, **kwargs):
        self.region_id = self.section_region_id() or self.region_id
        return super().save(*args, **kwargs)

    def section_region_id(self):
        """The region of the RegionSectionPage above this routine; None before the routine is in the tree
        (or under another parent, as benchmark pages made by ``generate_pages`` are)."""
        if len(self.path or "") <= self.steplen:
            return None
        parent_path = self.path[: -self.steplen]
        return RegionSectionPage.objects.filter(path=parent_path).values_list("region_id", flat=True).first()

    def review_interval_months_for_page(self):
        return self.review_interval_months

    def review_start(self):
        # Before its first review, a routine's cycle starts when the board adopted it.
        return self.last_reviewed or self.adopted_on

    def implemented_guides(self):
        return localized_targets(
            MethodGuidePage, self.guide_links.all(), "guide", self.locale_id, only=LINK_FIELDS
        )

    def related_terms(self, guides):
        """The glossary terms of the guides this routine implements, each once, in the reader's language."""
        links = GuideTermLink.objects.filter(
            page__translation_key__in=[guide.translation_key for guide in guides]
        )
        terms = localized_targets(GlossaryTermPage, links, "term", self.locale_id, only=TERM_LINK_FIELDS)
        return sorted(terms, key=lambda term: term.term.casefold())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lists of other pages, kept while the page cache's generation stays the same (knowledge.part_cache).
        guides = page_part(request, "implemented-guides", self, self.implemented_guides)
        context["guides"] = guides
        context["related_terms"] = page_part(
            request, "related-terms", self, lambda: self.related_terms(guides)
        )
        # The steps with the first use of each term linked to its definition, as in the guides.
        context["linked_steps"] = TermLinker(context["related_terms"]).linked_steps(self.steps)
        context["legal_sources"] = legal_sources_of(self)
        terms = taxonomy()
        context["quality_area"] = terms.localized(
            terms.get(QualityArea, self.quality_area_id), self.locale_id
        )
        context["region"] = terms.get(Region, self.region_id)
        context["attachments"] = [item.document for item in self.documents.select_related("document")]
        return context


class RoutineGuideLink(Orderable):
    page = ParentalKey(ExampleRoutinePage, on_delete=models.CASCADE, related_name="guide_links")
    guide = models.ForeignKey(
        MethodGuidePage, verbose_name=_("metodhandledning"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("guide")]


class RoutineDocument(Orderable):
    page = ParentalKey(ExampleRoutinePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("dokument"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]
