"""Serializer fields for the read-only content API (Wagtail API v2): the shape reusers get, in the page's
language. Content apps use them in their models' ``api_fields``."""

from rest_framework import serializers
from wagtail.rich_text import expand_db_html

from .localization import localize


class RichTextHTMLField(serializers.Field):
    """Rich text as the HTML a reader sees, with internal links expanded to real URLs."""

    def to_representation(self, value):
        return expand_db_html(value) if value else ""


class PageAwareField(serializers.Field):
    """A field computed from the whole page, so that it can answer in the page's own language."""

    def get_attribute(self, instance):
        return instance


class QualityAreaField(PageAwareField):
    def to_representation(self, page):
        area = localize([page.quality_area], page.locale)[0]
        return {"slug": area.slug, "name": area.name}


class OrganisationFormsField(PageAwareField):
    def to_representation(self, page):
        forms = localize(list(page.organisation_forms.all()), page.locale)
        return [{"slug": form.slug, "name": form.name, "facet": form.facet} for form in forms]


class RegionField(serializers.Field):
    def to_representation(self, region):
        return {"slug": region.slug, "name": region.name}


class CommaListField(serializers.Field):
    """A comma-separated text field as a list of words."""

    def to_representation(self, value):
        return [word.strip() for word in (value or "").split(",") if word.strip()]
