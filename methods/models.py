"""Method guides (metodhandledningar), example routines (exempelrutiner) and their listing pages."""

from django.db import models
from django.shortcuts import redirect
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.templatetags.wagtailcore_tags import richtext
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
from knowledge.tagging import attach_organisation_forms
from knowledge.taxonomy_cache import taxonomy
from knowledge.visibility import CachedViewRestrictionsMixin, public

from .blocks import ChecklistBlock, IndicatorsBlock, StepsBlock
from .filters import ListingFilterForm
from .pdf import guide_pdf_response

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]


class FilteredListingMixin:
    """Serves a listing narrowed by ListingFilterForm; bad filter values give a 400 page with the message."""

    with_region = False

    def listing_queryset(self):
        raise NotImplementedError

    def serve(self, request, *args, **kwargs):
        filter_form = ListingFilterForm(request.GET, locale_id=self.locale_id, with_region=self.with_region)
        request.listing_filter_form = filter_form
        response = super().serve(request, *args, **kwargs)
        if not filter_form.is_valid():
            response.status_code = 400
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filter_form = getattr(request, "listing_filter_form", None) or ListingFilterForm(
            request.GET, locale_id=self.locale_id, with_region=self.with_region
        )
        items = self.listing_queryset()
        if filter_form.is_valid():
            items = filter_form.apply(items)
        items = list(items)
        attach_organisation_forms(items)
        context.update(
            filter_form=filter_form,
            items=items,
            active_filters=filter_form.active_filters(),
            widen=self.widen_filters(request, filter_form) if not items else [],
        )
        return context

    def widen_filters(self, request, filter_form):
        """When the filters leave nothing: for each chosen filter, a link that drops it, and its count."""
        if not filter_form.is_valid():
            return []
        chosen = {name: value for name, value in filter_form.cleaned_data.items() if value}
        options = []
        for name, value in chosen.items():
            fewer = {key: val for key, val in chosen.items() if key != name}
            narrowed = ListingFilterForm(fewer, locale_id=self.locale_id, with_region=self.with_region)
            narrowed.is_valid()
            options.append(
                {
                    "facet": filter_form.fields[name].label,
                    "value": filter_form.labels[name].get(value, value),
                    "url": request.path + (f"?{urlencode(fewer)}" if fewer else ""),
                    "count": narrowed.apply(self.listing_queryset()).count(),
                }
            )
        return options


class MethodIndexPage(CachedViewRestrictionsMixin, FilteredListingMixin, ReviewedPageMixin, Page):
    intro = RichTextField(_("ingress"), blank=True, features=TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = ["methods.MethodGuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("metodhandledningar (lista)")

    @property
    def summary(self):
        return ""

    def listing_queryset(self):
        return (
            public(MethodGuidePage.objects.child_of(self).live())
            .select_related("quality_area")
            .order_by("quality_area__sort_order", "path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        groups = {}
        for guide in context["items"]:
            groups.setdefault(guide.quality_area, []).append(guide)
        context["groups"] = list(groups.items())
        return context


class MethodGuidePage(
    CachedViewRestrictionsMixin, RoutablePageMixin, OrganisationFormTaggedMixin, ReviewedPageMixin, Page
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
    links_panels = [
        FieldPanel("quality_area"),
        FieldPanel("organisation_forms"),
        FieldPanel("sol_lss_providers"),
        InlinePanel("term_links", heading=_("Relaterade begrepp"), label=_("begrepp")),
        InlinePanel("legal_source_links", heading=_("Rättskällor"), label=_("rättskälla")),
    ]
    review_panels = [FieldPanel("content_owner"), FieldPanel("last_reviewed"), FieldPanel("next_review")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Översikt")),
            ObjectList(guide_panels, heading=_("Handledning")),
            ObjectList(links_panels, heading=_("Kopplingar")),
            ObjectList(review_panels, heading=_("Granskning")),
            ObjectList(Page.promote_panels, heading=_("Marknadsföring")),
            ObjectList(Page.settings_panels, heading=_("Inställningar")),
        ]
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
    parent_page_types = ["methods.MethodIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("metodhandledning")
        verbose_name_plural = _("metodhandledningar")

    def related_terms(self):
        return localized_targets(GlossaryTermPage, self.term_links.all(), "term", self.locale_id)

    def related_routines(self):
        return list(
            public(ExampleRoutinePage.objects.live())
            .filter(locale_id=self.locale_id, guide_links__guide__translation_key=self.translation_key)
            .distinct()
            .order_by("title")
        )

    def related_guides(self):
        """Other guides in the same quality area, in the page's language."""
        area = taxonomy().get(QualityArea, self.quality_area_id)
        return list(
            public(MethodGuidePage.objects.live())
            .filter(locale_id=self.locale_id, quality_area__translation_key=area.translation_key)
            .exclude(pk=self.pk)
            .order_by("path")
        )

    def linked_text(self, terms):
        """The guide's running text, with the first use of each related term linked to its definition."""
        linker = TermLinker(terms)
        return {
            name: linker.link(richtext(getattr(self, name)))
            for name in ("purpose", "legal_basis", "responsibility")
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_terms"] = self.related_terms()
        context["legal_sources"] = legal_sources_of(self)
        context["related_routines"] = self.related_routines()
        context["related_guides"] = self.related_guides()
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


class RoutineIndexPage(CachedViewRestrictionsMixin, FilteredListingMixin, ReviewedPageMixin, Page):
    intro = RichTextField(_("ingress"), blank=True, features=TEXT_FEATURES)
    with_region = True

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    # Routines live in one section per region, so each region's coordinators get page permissions (and a
    # moderation workflow) on their own section only.
    subpage_types = ["methods.RegionSectionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("exempelrutiner (lista)")

    @property
    def summary(self):
        return ""

    def routines(self):
        return public(ExampleRoutinePage.objects.descendant_of(self).live())

    def listing_queryset(self):
        return self.routines().select_related("region", "quality_area").order_by("title")

    def latest_routines(self, count):
        """The newest published routines, for the home page."""
        return self.routines().order_by("-first_published_at")[:count]


class RegionSectionPage(CachedViewRestrictionsMixin, Page):
    """A region's part of the routine tree: it carries the region's page permissions and moderation workflow.

    It has no page of its own for readers: its address leads to the routine listing filtered by the region.
    """

    region = models.ForeignKey(
        "knowledge.Region", verbose_name=_("region"), on_delete=models.PROTECT, related_name="+"
    )

    content_panels = [*Page.content_panels, FieldPanel("region")]
    # Nothing for readers to find here: the section's routines are indexed on their own pages.
    search_fields = []
    parent_page_types = ["methods.RoutineIndexPage"]
    subpage_types = ["methods.ExampleRoutinePage"]

    class Meta:
        verbose_name = _("regionens exempelrutiner")
        verbose_name_plural = _("regionernas exempelrutiner")

    @property
    def summary(self):
        return ""

    def serve(self, request, *args, **kwargs):
        parent = self.get_parent()
        return redirect(f"{parent.get_url(request)}?{urlencode({'region': self.region.slug})}")

    def get_sitemap_urls(self, request=None):
        return []


class ExampleRoutinePage(CachedViewRestrictionsMixin, OrganisationFormTaggedMixin, ReviewedPageMixin, Page):
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
    region = models.ForeignKey(
        "knowledge.Region", verbose_name=_("region"), on_delete=models.PROTECT, related_name="+"
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
            [
                FieldPanel("editorial_example"),
                FieldPanel("organisation_name"),
                FieldPanel("region"),
                FieldPanel("size_band"),
            ],
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
    links_panels = [
        FieldPanel("quality_area"),
        FieldPanel("organisation_forms"),
        FieldPanel("sol_lss_providers"),
        InlinePanel(
            "guide_links", heading=_("Metodhandledningar som rutinen genomför"), label=_("handledning")
        ),
        InlinePanel("legal_source_links", heading=_("Rättskällor"), label=_("rättskälla")),
    ]
    review_panels = [
        FieldPanel("adopted_on"),
        FieldPanel("version"),
        FieldPanel("review_interval_months"),
        FieldPanel("content_owner"),
        FieldPanel("last_reviewed"),
        FieldPanel("next_review"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Översikt")),
            ObjectList(routine_panels, heading=_("Rutin")),
            ObjectList(links_panels, heading=_("Kopplingar")),
            ObjectList(review_panels, heading=_("Beslut och granskning")),
            ObjectList(Page.promote_panels, heading=_("Marknadsföring")),
            ObjectList(Page.settings_panels, heading=_("Inställningar")),
        ]
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
    # Facts about the contributing organisation are the same in every language.
    override_translatable_fields = [
        SynchronizedField("size_band"),
        SynchronizedField("version"),
        SynchronizedField("organisation_name"),
        SynchronizedField("editorial_example"),
    ]
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
    parent_page_types = ["methods.RegionSectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("exempelrutin")
        verbose_name_plural = _("exempelrutiner")

    def review_interval_months_for_page(self):
        return self.review_interval_months

    def review_start(self):
        # Before its first review, a routine's cycle starts when the board adopted it.
        return self.last_reviewed or self.adopted_on

    def implemented_guides(self):
        return localized_targets(MethodGuidePage, self.guide_links.all(), "guide", self.locale_id)

    def related_terms(self, guides):
        """The glossary terms of the guides this routine implements, each once, in the reader's language."""
        links = GuideTermLink.objects.filter(
            page__translation_key__in=[guide.translation_key for guide in guides]
        )
        terms = localized_targets(GlossaryTermPage, links, "term", self.locale_id)
        return sorted(terms, key=lambda term: term.term.casefold())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = self.implemented_guides()
        context["related_terms"] = self.related_terms(context["guides"])
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
