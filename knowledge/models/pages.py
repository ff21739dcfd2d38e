"""HomePage and StandardPage: the site's frame."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import PageBodyBlock
from ..searchable import Searchable
from ..visibility import CachedViewRestrictionsMixin
from .reviews import ReviewedPageMixin
from .taxonomy import OrganisationForm, OrganisationFormFacet, QualityArea

FEATURED_GUIDES = 3  # recently updated guides on the home page: one row of cards on a desktop


class HomePage(CachedViewRestrictionsMixin, ReviewedPageMixin, Page):
    intro = models.CharField(_("ingress"), max_length=300)
    body = RichTextField(_("om webbplatsen"), blank=True, features=["bold", "italic", "link", "ul"])
    # The entry points are chosen by editors rather than looked up by type, so this core app does not
    # depend on the feature apps that define those page types.
    methods_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sida med metodhandledningar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    routines_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sida med exempelrutiner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    glossary_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("begreppslista"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("methods_page"),
                FieldPanel("routines_page"),
                FieldPanel("glossary_page"),
            ],
            heading=_("Ingångar"),
        ),
    ]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("startsida")

    @property
    def summary(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        from ..part_cache import page_part
        from ..taxonomy_cache import taxonomy

        context = super().get_context(request, *args, **kwargs)
        # The pages the home page leads to, kept while the page cache's generation stays the same
        # (knowledge.part_cache): publishing any of them replaces it.
        context.update(page_part(request, "home-pages", self, self._pages_shown))
        terms = taxonomy()
        forms = terms.in_locale(OrganisationForm, self.locale_id)
        context.update(
            quality_areas=terms.in_locale(QualityArea, self.locale_id),
            organisation_form_groups=[
                (facet.label, [form for form in forms if form.facet == facet.value])
                for facet in OrganisationFormFacet
            ],
            not_translated=request.GET.get("not_translated") == "1",
        )
        return context

    def _pages_shown(self):
        from ..localization import localize

        entry_ids = [self.methods_page_id, self.routines_page_id, self.glossary_page_id]
        entries = Page.objects.in_bulk([pk for pk in entry_ids if pk])
        methods_page, routines_page, glossary_page = localize([entries.get(pk) for pk in entry_ids])
        entry_set = {page.pk for page in (methods_page, routines_page, glossary_page) if page is not None}
        return {
            "methods_page": methods_page,
            "routines_page": routines_page,
            "glossary_page": glossary_page,
            # The tools (the share form, self-assessment, handbook ...): the other pages in the main menu.
            "tools": self._tools(entry_set),
            "featured_guides": self.featured_guides(methods_page),
            # The routines page knows where its routines are (they sit in region sections beneath it).
            "newest_routines": self._newest_routines(routines_page),
        }

    @staticmethod
    def _newest_routines(routines_page):
        # specific_deferred: the listing's method needs only the tree position, so no query for its fields.
        listing = routines_page.specific_deferred if routines_page else None
        return list(listing.latest_routines(FEATURED_GUIDES)) if hasattr(listing, "latest_routines") else []

    def _tools(self, entry_set):
        # defer=True: the cards need only a title, an address and a description; the tool's own fields are
        # loaded only where the template reads one (a tool without a search description).
        from ..visibility import public

        children = public(self.get_children().live().in_menu()).specific(defer=True)
        return [page for page in children if page.pk not in entry_set]

    @staticmethod
    def featured_guides(methods_page):
        """The most recently published guides (the children of the guides' page), with their quality area
        in the page's language from the cached taxonomy."""
        from ..taxonomy_cache import taxonomy
        from ..visibility import public

        if methods_page is None:
            return []
        guides = list(
            public(methods_page.get_children().live())
            .order_by("-last_published_at", "path")
            .specific()[:FEATURED_GUIDES]
        )
        terms = taxonomy()
        for guide in guides:
            area_id = getattr(guide, "quality_area_id", None)
            guide.localized_quality_area = (
                terms.localized(terms.get(QualityArea, area_id), guide.locale_id) if area_id else None
            )
        return guides


# Searchable without a result type of its own: one of the "other pages" (knowledge/searchable.py).
class StandardPage(CachedViewRestrictionsMixin, ReviewedPageMixin, Searchable, Page):
    intro = models.CharField(_("ingress"), max_length=300, blank=True)
    body = StreamField(PageBodyBlock(), verbose_name=_("innehåll"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["knowledge.StandardPage"]

    class Meta:
        verbose_name = _("standardsida")

    @property
    def summary(self):
        return self.intro
