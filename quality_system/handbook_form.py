"""The handbook builder's form: what the reader asks for, checked before anything is generated.

The query string is also the contract with the self-assessment, which links here with a pre-selection:
``?organisation=<name>&form=<org form slug>&size=<size band>&provider=1``
``&guide=<id>&routine=<id>&template=<id>`` (repeatable; ids of live pages in the reader's language;
unknown ones are dropped with a notice).
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from knowledge.models import OrganisationForm, SizeBand

NAME_MAX_LENGTH = 200
# Markup or control characters in a name would end up in a document's title; refuse them with a message.
UNSAFE_NAME = re.compile(r"[<>\x00-\x1f\x7f]")
FORMATS = ("docx", "pdf")
MAX_CHOICES = 200


class PageChoiceField(forms.MultipleChoiceField):
    """Page ids as checkboxes. Ids that are not among the choices are not an error here: HandbookForm.clean
    sets them aside, so a pre-selection can drop them with a notice and a download can refuse them."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, pages, **kwargs):
        super().__init__(choices=[(str(page.pk), page.title) for page in pages], required=False, **kwargs)

    def validate(self, value):
        if len(value) > MAX_CHOICES:
            message = _("Välj högst %(count)d sidor av varje slag.")
            raise forms.ValidationError(message % {"count": MAX_CHOICES})


class HandbookForm(forms.Form):
    organisation = forms.CharField(
        label=_("Organisationens namn"),
        max_length=NAME_MAX_LENGTH,
        required=False,
        error_messages={
            "max_length": _("Namnet får vara högst %(limit_value)d tecken (du skrev %(show_value)d).")
        },
    )
    form = forms.ChoiceField(label=_("Organisationsform"), required=False)
    size = forms.ChoiceField(
        label=_("Storlek"), required=False, choices=[("", _("Välj storlek"))] + list(SizeBand.choices)
    )
    provider = forms.BooleanField(
        label=_("Vi utför insatser enligt socialtjänstlagen (SoL) eller LSS"), required=False
    )

    def __init__(self, data, *, locale, guides, routines, templates):
        super().__init__(data)
        forms_here = OrganisationForm.objects.filter(locale=locale).order_by("sort_order")
        self.fields["form"].choices = [("", _("Välj organisationsform"))] + [
            (form.slug, form.name) for form in forms_here
        ]
        self.fields["guide"] = PageChoiceField(guides, label=_("Metodhandledningar"))
        self.fields["routine"] = PageChoiceField(routines, label=_("Exempelrutiner"))
        self.fields["template"] = PageChoiceField(templates, label=_("Mallar"))
        self.unknown_ids = []

    def clean_organisation(self):
        name = " ".join(self.cleaned_data["organisation"].split())
        if UNSAFE_NAME.search(self.cleaned_data["organisation"]):
            raise forms.ValidationError(_("Namnet får inte innehålla tecknen < och > eller styrtecken."))
        return name

    def clean(self):
        cleaned = super().clean()
        for name in ("guide", "routine", "template"):
            known = {key for key, _label in self.fields[name].choices}
            values = [str(value).strip() for value in cleaned.get(name) or []]
            self.unknown_ids += [value for value in values if value not in known]
            cleaned[name] = list(dict.fromkeys(int(value) for value in values if value in known))
        return cleaned

    def has_selection(self):
        return any(self.cleaned_data.get(name) for name in ("guide", "routine", "template"))
