"""A page's slug (the last part of its address), for every page type, configured once here.

- **ASCII only**, like the starter content (``volontarer``, never ``volont%C3%A4rer``). Wagtail's
  ``Page.slug`` allows Unicode whatever ``WAGTAIL_ALLOW_UNICODE_SLUGS`` says; only the editor's JavaScript
  slugifies. So the admin's form field for every slug refuses anything else, naming the ASCII slug to use.
- **Kept from the source page in translations.** wagtail-localize would offer every page's slug to translators
  as one more text to translate. Synchronised, a translation gets its source page's slug (unique among its
  siblings), unless someone overrides it for that language in the translation editor: the starter loader
  does so for the English pages' English slugs, and editors who may publish the page may do so;
  translators never see the slug there (``governance.translation_views``).

``configure()`` runs once from ``KnowledgeConfig.ready()``, after every app's models are loaded, so a new page
type gets both without code of its own (``tests/knowledge/test_page_slugs.py`` checks every page type).
"""

import re

from django import forms
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput
from wagtail.models import Page, get_page_models
from wagtail_localize.fields import SynchronizedField

ASCII_SLUG = re.compile(r"[-a-zA-Z0-9_]+")

# Overridable, so that an override (an English slug) survives every later sync from the source.
SYNCHRONISED_PAGE_FIELDS = (SynchronizedField("slug", overridable=True),)


class AsciiSlugField(forms.SlugField):
    """ASCII letters, digits, hyphens and underscores; anything else is refused with a suggestion."""

    def __init__(self, *args, allow_unicode=False, **kwargs):
        super().__init__(*args, allow_unicode=False, **kwargs)

    def validate(self, value):
        super().validate(value)
        if value and not ASCII_SLUG.fullmatch(value):
            suggestion = slugify(value)
            if suggestion:
                message = _(
                    "Adressen får bara innehålla a–z, 0–9, bindestreck och understreck (inga å, ä, ö eller "
                    "mellanslag). Skriv till exempel “%(suggestion)s”."
                )
            else:
                message = _(
                    "Adressen får bara innehålla a–z, 0–9, bindestreck och understreck (inga å, ä, ö eller "
                    "mellanslag)."
                )
            raise forms.ValidationError(message, code="invalid", params={"suggestion": suggestion})


def synchronise_page_fields(page_models):
    """Add SYNCHRONISED_PAGE_FIELDS to each model's ``override_translatable_fields``, keeping its own."""
    for model in page_models:
        if model is Page:
            continue  # Wagtail's own class: its subclasses are configured one by one.
        fields = list(getattr(model, "override_translatable_fields", []))
        names = {field.field_name for field in fields}
        model.override_translatable_fields = fields + [
            field for field in SYNCHRONISED_PAGE_FIELDS if field.field_name not in names
        ]


class TransliteratingSlugInput(SlugInput):
    """Wagtail's slug input, which on leaving the field transliterates (``volontärer`` → ``volontarer``)
    instead of dropping what is not ASCII (``volontrer``), as it does for a slug made from the title."""

    def __init__(self, attrs=None, **kwargs):
        actions = "blur->w-slug#urlify w-sync:check->w-slug#compare w-sync:apply->w-slug#urlify:prevent"
        super().__init__(attrs={"data-action": actions, **(attrs or {})}, **kwargs)


def configure():
    # Replaces Wagtail's own entry for SlugField (which gives it a SlugInput).
    register_form_field_override(
        models.SlugField, override={"widget": TransliteratingSlugInput, "form_class": AsciiSlugField}
    )
    synchronise_page_fields(get_page_models())
