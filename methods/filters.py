"""The filter form shared by the method and routine listings: organisation form, quality area, region.

Choices come from the taxonomy (cached, see knowledge.taxonomy_cache) in the reader's locale; an unknown
value is a form error, which the page shows beside the filter with a 400 status instead of silently showing
everything.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from knowledge.models import OrganisationForm, OrganisationFormFacet, QualityArea, Region
from knowledge.taxonomy_cache import taxonomy


class ListingFilterForm(forms.Form):
    form = forms.ChoiceField(label=_("Organisationsform"), required=False)
    area = forms.ChoiceField(label=_("Kvalitetsområde"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    # Pages on duties that only bind providers of services under SoL or LSS (SOSFS 2011:9, lex Sarah).
    audience = forms.ChoiceField(
        label=_("Gäller"),
        required=False,
        choices=[("", _("Alla")), ("sol-lss", _("SoL- och LSS-utförare"))],
    )

    def __init__(self, data, *, locale_id, with_region):
        super().__init__(data)
        any_choice = [("", _("Alla"))]
        terms = taxonomy()
        forms_in_locale = terms.in_locale(OrganisationForm, locale_id)
        self.fields["form"].choices = any_choice + [
            (
                facet.label,
                [(tag.slug, tag.name) for tag in forms_in_locale if tag.facet == facet.value],
            )
            for facet in OrganisationFormFacet
        ]
        self.fields["area"].choices = any_choice + [
            (area.slug, area.name) for area in terms.in_locale(QualityArea, locale_id)
        ]
        if with_region:
            self.fields["region"].choices = any_choice + [
                (r.slug, r.name) for r in terms.in_locale(Region, None)
            ]
        else:
            del self.fields["region"]
        self.labels = {
            "form": {tag.slug: tag.name for tag in forms_in_locale},
            "area": dict(self.fields["area"].choices),
            "region": dict(self.fields["region"].choices) if with_region else {},
            "audience": dict(self.fields["audience"].choices),
        }

    def apply(self, queryset):
        """Narrow ``queryset`` by the valid filters; call only after ``is_valid()``."""
        data = self.cleaned_data
        if data.get("form"):
            queryset = queryset.filter(organisation_form_items__tag__slug=data["form"])
        if data.get("area"):
            queryset = queryset.filter(quality_area__slug=data["area"])
        if data.get("region"):
            queryset = queryset.filter(region__slug=data["region"])
        if data.get("audience") == "sol-lss":
            queryset = queryset.filter(sol_lss_providers=True)
        return queryset.distinct()

    def active_filters(self):
        """(field label, value label) pairs describing what the list is narrowed to."""
        if not self.is_valid():
            return []
        return [
            (self.fields[name].label, self.labels[name].get(value, value))
            for name, value in self.cleaned_data.items()
            if value
        ]
