"""A method guide (metodhandledning): purpose, legal basis, steps, checklist and indicators."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.templatetags.wagtailcore_tags import richtext

from glossary.models import GlossaryTermPage
from glossary.term_links import TermLinker
from knowledge.api import OrganisationFormsField, QualityAreaField, RichTextHTMLField
from knowledge.localization import localized_targets
from knowledge.models import (
    OrganisationFormTaggedMixin,
    QualityArea,
    ReviewedPageMixin,
    legal_sources_of,
)
from knowledge.part_cache import page_part
from knowledge.searchable import ResultType, Searchable
from knowledge.taxonomy_cache import taxonomy
from knowledge.visibility import CachedViewRestrictionsMixin, public

from ..blocks import ChecklistBlock, IndicatorsBlock, StepsBlock
from ..pdf import guide_pdf_response
from .fields import TEXT_FEATURES
from .panels import content_tabs, links_panels, review_tab_panels

# What a link to a related page shows (its title) and needs (its address): the rest, its long text above all,
# stays in the database.
LINK_FIELDS = ("title", "url_path", "path", "depth", "locale_id", "translation_key")
# A related term: its link, and what the term linker and the list of terms show.
TERM_LINK_FIELDS = (*LINK_FIELDS, "term", "short_definition")


class MethodGuidePage(
    CachedViewRestrictionsMixin,
    RoutablePageMixin,
    OrganisationFormTaggedMixin,
    ReviewedPageMixin,
    Searchable,
    Page,
):
    summary = models.CharField(
        _("sammanfattning"),
        max_length=400,
        help_text=_("En eller två meningar. Visas i listor och sökträffar."),
    )
    quality_area = models.ForeignKey(
        "knowledge.QualityArea", verbose_name=_("kvalitetsområde"), on_delete=models.PROTECT, related_name="+"
    )
    purpose = RichTextField(_("syfte"), features=TEXT_FEATURES)
    legal_basis = RichTextField(_("lagstöd och krav"), blank=True, features=TEXT_FEATURES)
    responsibility = RichTextField(_("vem ansvarar"), blank=True, features=TEXT_FEATURES)
    steps = StreamField(StepsBlock(), verbose_name=_("arbetsgång"), blank=True)
    checklist = StreamField(ChecklistBlock(), verbose_name=_("checklista"), blank=True)
    indicators = StreamField(
        IndicatorsBlock(), verbose_name=_("indikatorer för nytta och effekt"), blank=True
    )
    easy_read = RichTextField(
        _("lättläst sammanfattning"),
        blank=True,
        features=["bold"],
        help_text=_("Korta meningar, vanliga ord, en sak per rad."),
    )
    sol_lss_providers = models.BooleanField(
        _("gäller utförare enligt SoL eller LSS"),
        default=False,
        help_text=_(
            "Markera när sidan beskriver krav som bara gäller den som utför insatser enligt "
            "socialtjänstlagen eller LSS. Sidan visar då en notis och kan filtreras fram."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("easy_read")]
    guide_panels = [
        FieldPanel("purpose"),
        FieldPanel("legal_basis"),
        FieldPanel("responsibility"),
        FieldPanel("steps"),
        FieldPanel("checklist"),
        FieldPanel("indicators"),
    ]
    edit_handler = content_tabs(
        overview=(_("Översikt"), content_panels),
        body=(_("Handledning"), guide_panels),
        links=(
            _("Kopplingar"),
            links_panels(InlinePanel("term_links", heading=_("Relaterade begrepp"), label=_("begrepp"))),
        ),
        review=(_("Granskning"), review_tab_panels()),
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("purpose"),
        index.SearchField("legal_basis"),
        index.SearchField("responsibility"),
        index.SearchField("steps"),
        index.SearchField("checklist"),
        index.SearchField("indicators"),
        index.SearchField("easy_read"),
        index.FilterField("quality_area"),
        index.FilterField("sol_lss_providers"),
    ]
    # The open-data API's shape of a guide (documented in README, "Open data").
    api_fields = [
        APIField("summary"),
        APIField("quality_area", serializer=QualityAreaField()),
        APIField("organisation_forms", serializer=OrganisationFormsField()),
        APIField("purpose", serializer=RichTextHTMLField()),
        APIField("legal_basis", serializer=RichTextHTMLField()),
        APIField("responsibility", serializer=RichTextHTMLField()),
        APIField("steps"),
        APIField("checklist"),
        APIField("indicators"),
        APIField("easy_read", serializer=RichTextHTMLField()),
        APIField("last_reviewed"),
        APIField("next_review"),
    ]
    # How search presents a guide (knowledge/searchable.py): the site's main content.
    search_result_type = ResultType(
        "guide", _("Metodhandledning"), _("Metodhandledningar"), icon="type-guide", order=10, leading=True
    )
    search_quality_area_field = "quality_area"
    parent_page_types = ["methods.MethodIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("metodhandledning")
        verbose_name_plural = _("metodhandledningar")

    def related_terms(self):
        return localized_targets(
            GlossaryTermPage, self.term_links.all(), "term", self.locale_id, only=TERM_LINK_FIELDS
        )

    def related_routines(self):
        # Imported here because a routine links its guides, so routine.py imports this module.
        from .routine import ExampleRoutinePage

        return list(
            public(ExampleRoutinePage.objects.live())
            .filter(locale_id=self.locale_id, guide_links__guide__translation_key=self.translation_key)
            .distinct()
            .order_by("title")
            .only(*LINK_FIELDS)
        )

    def related_guides(self):
        """Other guides in the same quality area, in the page's language."""
        area = taxonomy().get(QualityArea, self.quality_area_id)
        return list(
            public(MethodGuidePage.objects.live())
            .filter(locale_id=self.locale_id, quality_area__translation_key=area.translation_key)
            .exclude(pk=self.pk)
            .order_by("path")
            .only(*LINK_FIELDS)
        )

    def linked_text(self, terms):
        """The guide's running text and its steps, with the first use of each related term linked to its
        definition (so "grundnivå" in a step leads to the level's definition when the guide relates it)."""
        linker = TermLinker(terms)
        text = {
            name: linker.link(richtext(getattr(self, name)))
            for name in ("purpose", "legal_basis", "responsibility")
        }
        text["steps"] = linker.linked_steps(self.steps)
        return text

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lists of other pages, kept while the page cache's generation stays the same (knowledge.part_cache):
        # publishing any of those pages replaces it.
        context["related_terms"] = page_part(request, "related-terms", self, self.related_terms)
        context["legal_sources"] = legal_sources_of(self)
        context["related_routines"] = page_part(request, "related-routines", self, self.related_routines)
        context["related_guides"] = page_part(request, "related-guides", self, self.related_guides)
        terms = taxonomy()
        context["quality_area"] = terms.localized(
            terms.get(QualityArea, self.quality_area_id), self.locale_id
        )
        context["guide_text"] = self.linked_text(context["related_terms"])
        context["pdf_url"] = self.url + self.reverse_subpage("pdf")
        context["checklist_pdf_url"] = self.url + self.reverse_subpage("checklist_pdf")
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request):
        return guide_pdf_response(self, request)

    @path("checklista/pdf/", name="checklist_pdf")
    def checklist_pdf(self, request):
        return guide_pdf_response(self, request, checklist_only=True)


class GuideTermLink(Orderable):
    page = ParentalKey(MethodGuidePage, on_delete=models.CASCADE, related_name="term_links")
    term = models.ForeignKey(
        "glossary.GlossaryTermPage", verbose_name=_("begrepp"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("term")]
