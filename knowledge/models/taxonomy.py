"""The shared taxonomy: organisation forms (controlled tags), quality areas, regions and size bands."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from knowledge.page_forms import ControlledTagsPageForm


class OrganisationFormFacet(models.TextChoices):
    # Two facets on purpose: an ASF or a social work cooperative is a kind of activity, not a legal form.
    LEGAL_FORM = "legal_form", _("Juridisk form")
    ACTIVITY_TYPE = "activity_type", _("Verksamhetstyp")


class OrganisationForm(TranslatableMixin, TagBase):
    """A controlled tag. Pages are tagged with the Swedish (source) tag in every locale, so filters by slug
    work in all languages; the label shown to a reader is the tag's translation in their locale."""

    free_tagging = False

    # TagBase makes name and slug unique; a translation shares its slug with the source, so uniqueness is
    # per locale instead (see Meta).
    name = models.CharField(_("namn"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=False)
    facet = models.CharField(_("aspekt"), max_length=20, choices=OrganisationFormFacet.choices)
    description = models.CharField(_("beskrivning"), max_length=300, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordning"), default=0)

    # The slug identifies the form in URLs in every language; only the name and description are translated
    # (wagtail-localize synchronises a field with choices, the facet, by itself).
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisationsform")
        verbose_name_plural = _("organisationsformer")
        ordering = ["facet", "sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_organisation_form_slug_per_locale"
            ),
            models.UniqueConstraint(
                fields=["name", "locale"], name="unique_organisation_form_name_per_locale"
            ),
        ]

    def __str__(self):
        return self.name


class PageOrganisationForm(ItemBase):
    """One through table for every page type that carries organisation forms."""

    tag = models.ForeignKey(OrganisationForm, on_delete=models.CASCADE, related_name="tagged_pages")
    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="organisation_form_items"
    )

    class Meta:
        unique_together = [("tag", "content_object")]


class OrganisationFormTaggedMixin(models.Model):
    """Adds the organisation-form tags to a page type."""

    # Refuses a typed organisation form that does not exist, with a message (see knowledge/page_forms.py).
    base_form_class = ControlledTagsPageForm

    organisation_forms = ClusterTaggableManager(
        through=PageOrganisationForm,
        blank=True,
        verbose_name=_("organisationsformer"),
        help_text=_("De organisationsformer innehållet särskilt gäller för."),
    )

    class Meta:
        abstract = True


class QualityArea(TranslatableMixin, index.Indexed, models.Model):
    """A quality area (kvalitetsområde) that groups method guides."""

    name = models.CharField(_("namn"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.CharField(_("beskrivning"), max_length=300, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordning"), default=0)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kvalitetsområde")
        verbose_name_plural = _("kvalitetsområden")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_quality_area_slug_per_locale"),
        ]

    def __str__(self):
        return self.name


class Region(models.Model):
    """One of Sweden's 21 regions. Names are proper nouns and are not translated."""

    name = models.CharField(_("namn"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regioner")
        ordering = ["name"]

    def __str__(self):
        return self.name


class SizeBand(models.TextChoices):
    # The bands follow the thresholds where legal duties change (written SAM and pay survey documentation
    # from 10 employees, written active measures from 25).
    NONE = "inga-anstallda", _("Inga anställda (bara ideella)")
    SMALL = "1-9", _("1–9 anställda")
    MEDIUM = "10-24", _("10–24 anställda")
    LARGE = "25-plus", _("25 anställda eller fler")
