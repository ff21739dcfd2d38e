"""The register of legal sources: each law, ordinance, provision or EU act cited anywhere on the site, once.

Guides, glossary terms and routines reference these snippets instead of citing laws as free text, so a change
of law is one edit here and every page that relies on the source shows the same name, number and link.
"""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..part_cache import cached_part
from .reviews import ReviewedPageMixin


class LegalSource(TranslatableMixin, index.Indexed, models.Model):
    """One legal source. The number, link and check date are facts shared by every language (synchronised
    by wagtail-localize); the name and the one-sentence requirement are translated."""

    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_("Härleds ur numret, till exempel sfs-1977-1160 eller afs-2023-2."),
    )
    number = models.CharField(
        _("nummer"), max_length=60, help_text=_("Det officiella numret, till exempel SFS 1977:1160.")
    )
    name = models.CharField(_("namn"), max_length=250)
    url = models.URLField(
        _("länk till den officiella texten"),
        help_text=_("riksdagen.se för SFS, av.se för AFS, eur-lex.europa.eu för EU-rätt."),
    )
    requires = models.CharField(_("vad den kräver"), max_length=500, help_text=_("En mening i klarspråk."))
    last_checked = models.DateField(
        _("senast kontrollerad"),
        null=True,
        blank=True,
        help_text=_("Fyll bara i när en person har läst den officiella texten och jämfört."),
    )

    search_fields = [index.SearchField("name"), index.SearchField("number"), index.AutocompleteField("name")]
    # Text fields wagtail-localize would offer for translation (the address and date are synchronised anyway).
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("number")]
    panels = [
        FieldPanel("number"),
        FieldPanel("slug"),
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("requires"),
        FieldPanel("last_checked"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("rättskälla")
        verbose_name_plural = _("rättskällor")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_legal_source_slug_per_locale"),
        ]

    def __str__(self):
        return f"{self.name} ({self.number})"


class PageLegalSource(Orderable):
    """A page relies on a legal source. One table for every page type (guides, terms, routines).

    Deliberately not translatable: which sources a page relies on is a fact, not text, so wagtail-localize
    synchronises the list from the Swedish page to its translations, and the reader sees each source's
    translation (``knowledge.localization.localize``). Edit the list on the Swedish page only.
    """

    page = ParentalKey(Page, on_delete=models.CASCADE, related_name="legal_source_links")
    source = models.ForeignKey(
        LegalSource, verbose_name=_("rättskälla"), on_delete=models.PROTECT, related_name="page_links"
    )

    panels = [FieldPanel("source")]

    class Meta(Orderable.Meta):
        verbose_name = _("rättskälla")
        verbose_name_plural = _("rättskällor")


def legal_sources_of(page):
    """The sources a page relies on, in the page's language (the source's own where it has no translation),
    in the editors' order; from the cache while the page's cached version is valid (``knowledge.part_cache``),
    else one query."""
    return cached_part("legal-sources", page, lambda: _legal_sources_of(page))


def _legal_sources_of(page):
    """The link rows point at the Swedish sources, so every language version of those sources is fetched with
    the link's position, and the page's language is preferred."""
    links = PageLegalSource.objects.filter(page=page, source__translation_key=OuterRef("translation_key"))
    versions = LegalSource.objects.filter(
        translation_key__in=PageLegalSource.objects.filter(page=page).values("source__translation_key")
    ).annotate(link_order=Subquery(links.values("sort_order")[:1]))
    chosen = {}
    for source in sorted(versions, key=lambda source: source.locale_id != page.locale_id):
        chosen.setdefault(source.translation_key, source)
    return sorted(chosen.values(), key=lambda source: source.link_order or 0)


class LegalSourceIndexPage(ReviewedPageMixin, Page):
    """Every legal source in the register, each with the pages that rely on it (/sv/rattskallor/)."""

    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("rättskällor (lista)")

    @property
    def summary(self):
        return ""

    def sources_with_pages(self):
        """[(source, [(page type's plural name, [pages])])] in this page's language; three queries."""
        sources = list(LegalSource.objects.filter(locale=self.locale).order_by("name"))
        links = (
            PageLegalSource.objects.filter(page__locale=self.locale, page__live=True)
            .select_related("source", "page", "page__content_type")
            .order_by("page__title")
        )
        pages_by_key = {}
        for link in links:
            page = link.page
            kind = page.specific_class._meta.verbose_name_plural if page.specific_class else ""
            groups = pages_by_key.setdefault(link.source.translation_key, {})
            if page not in groups.setdefault(kind, []):
                groups[kind].append(page)
        return [(source, sorted(pages_by_key.get(source.translation_key, {}).items())) for source in sources]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sources"] = self.sources_with_pages()
        return context
