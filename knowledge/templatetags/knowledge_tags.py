"""Template tags for the site frame: menu, language switcher, hreflang, breadcrumbs, organisation forms."""

from django import template
from django.conf import settings
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.models import Page

from .. import frame
from ..tagging import organisation_forms_by_facet

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context):
    return frame.site_root(context["request"], context.get("page"))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    pages = frame.frame_pages(request, current)
    return {
        "request": request,
        "root": pages["root"],
        "items": pages["menu"],
        "current_path": current.path if isinstance(current, Page) else "",
    }


def _links(context):
    if "_kvn_language_links" not in context.render_context:
        context.render_context["_kvn_language_links"] = frame.page_language_links(
            context["request"], context.get("page")
        )
    return context.render_context["_kvn_language_links"]


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"links": _links(context)}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context["request"]
    links = [link for link in _links(context) if link["translated"] and link["url"]]
    return {"links": links, "base": f"{request.scheme}://{request.get_host()}"}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        ancestors = frame.frame_pages(context["request"], page)["ancestors"]
    return {"request": context["request"], "ancestors": ancestors, "page": page}


@register.inclusion_tag("includes/organisation_forms.html")
def organisation_forms(page, heading_level=2):
    return {"groups": organisation_forms_by_facet(page), "heading_level": heading_level}


@register.filter
def paragraphs(text):
    """Split plain text on blank lines, for TextBlock values written as short paragraphs."""
    return [part.strip() for part in (text or "").split("\n\n") if part.strip()]


@register.simple_tag
def data_controller():
    """The legal person that is controller of the site's personal data (settings.DATA_CONTROLLER), or ""."""
    return getattr(settings, "DATA_CONTROLLER", "")


@register.simple_tag
def legal_sources_page():
    """The page listing every legal source, in the reader's language (None if there is none); looked up once
    per request, since every source list on a page links to it."""
    from wagtail.models import Locale

    from ..models import LegalSourceIndexPage
    from ..request_cache import memo

    def find():
        return LegalSourceIndexPage.objects.live().filter(locale=Locale.get_active()).first()

    return memo("legal-sources-page", find)


@register.simple_tag(takes_context=True)
def page_extras(context, page):
    """Sections that apps built on this one add to a page (the ``page_extras`` hook: a function of ``page``
    and ``request`` returning HTML or ""), so a guide can show its templates without importing them."""
    parts = [hook(page, context.get("request")) for hook in hooks.get_hooks("page_extras")]
    return mark_safe("".join(conditional_escape(part) for part in parts if part))
