"""The page editor's form for pages with controlled tags (organisation forms): a typed name that is not one of
the tags is refused with a message, instead of Wagtail's silent dropping of unknown tags."""

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.tags import TagField


class ControlledTagField(TagField):
    def clean(self, value):
        names = super(TagField, self).clean(value)  # taggit's parsing, before Wagtail filters unknown names
        cleaned = super().clean(value)
        unknown = sorted(set(names) - set(cleaned))
        if unknown:
            raise forms.ValidationError(
                _(
                    "Okänd organisationsform: %(names)s. Välj bland de befintliga; en nationell redaktör "
                    "kan lägga till nya under Taxonomi."
                )
                % {"names": ", ".join(unknown)},
                code="unknown_tag",
            )
        return cleaned


class ControlledTagsPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if isinstance(field, TagField) and not field.free_tagging:
                strict = ControlledTagField(
                    tag_model=field.tag_model,
                    free_tagging=False,
                    required=field.required,
                    label=field.label,
                    help_text=field.help_text,
                )
                strict.widget = field.widget
                self.fields[name] = strict
