"""Head links and structured data that let other sites and tools reuse the page."""

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from glossary.models import GlossaryTermPage

from ..licence import licence
from ..structured_data import as_script_json, structured_data
from ..uris import page_url

register = template.Library()


@register.simple_tag(takes_context=True)
def open_data_head(context):
    """JSON-LD for the page, the language's Atom feed, and oEmbed discovery on term pages."""
    request = context.get("request")
    page = context.get("page")
    parts = [
        format_html(
            '<link rel="alternate" type="application/atom+xml" title="{}" href="{}">',
            _("Nytt och uppdaterat på Kvalitetsnavet"),
            reverse("exports:feed"),
        ),
        format_html('<link rel="license" href="{}">', licence()[1]),
    ]
    if isinstance(page, GlossaryTermPage) and request is not None:
        query = urlencode({"url": page_url(page, request), "format": "json"})
        parts.append(
            format_html(
                '<link rel="alternate" type="application/json+oembed" href="{}?{}" title="{}">',
                reverse("open_data:oembed"),
                query,
                page.term,
            )
        )
    data = structured_data(page, request) if page is not None else None
    if data:
        # Escaped by as_script_json, which makes the JSON safe inside the element.
        parts.append(mark_safe(f'<script type="application/ld+json">{as_script_json(data)}</script>'))
    return mark_safe("\n    ".join(parts))


@register.simple_tag
def content_licence():
    """(name, url) of the content licence, for the footer."""
    return licence()
