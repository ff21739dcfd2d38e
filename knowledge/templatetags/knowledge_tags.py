"""Template tags for the site frame: menu, language switcher, hreflang, breadcrumbs, organisation forms."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Page, Site

from ..localization import language_links
from ..tagging import organisation_forms_by_facet

register = template.Library()


def _site_root(request):
    """The home page in the reader's language (cached on the request: it is used several times a page)."""
    if not hasattr(request, "_kvn_site_root"):
        site = Site.find_for_request(request)
        root = site.root_page if site else None
        if root is not None:
            root = root.localized
        request._kvn_site_root = root
    return request._kvn_site_root


@register.simple_tag(takes_context=True)
def site_root(context):
    return _site_root(context["request"])


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    root = _site_root(request)
    items = list(root.get_children().live().public().in_menu()) if root else []
    current = context.get("page")
    return {
        "request": request,
        "root": root,
        "items": items,
        "current_path": current.path if isinstance(current, Page) else "",
    }


def _links(context):
    request = context["request"]
    if "_kvn_language_links" not in context.render_context:
        page = context.get("page")
        if isinstance(page, Page):
            links = language_links(request, page, _site_root(request))
        else:
            # A view that is not a page (search): the same address in the other language.
            current = get_language()
            links = [
                {
                    "code": code,
                    "name": name,
                    "is_current": code == current,
                    "translated": True,
                    "url": translate_url(request.get_full_path(), code),
                }
                for code, name in settings.LANGUAGES
            ]
        context.render_context["_kvn_language_links"] = links
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
        ancestors = list(page.get_ancestors().filter(depth__gte=2).live())
    return {"request": context["request"], "ancestors": ancestors, "page": page}


@register.inclusion_tag("includes/organisation_forms.html")
def organisation_forms(page, heading_level=2):
    return {"groups": organisation_forms_by_facet(page), "heading_level": heading_level}


@register.filter
def paragraphs(text):
    """Split plain text on blank lines, for TextBlock values written as short paragraphs."""
    return [part.strip() for part in (text or "").split("\n\n") if part.strip()]


@register.simple_tag(takes_context=True)
def page_extras(context, page):
    """Sections that apps built on this one add to a page (the ``page_extras`` hook: a function of ``page``
    and ``request`` returning HTML or ""), so a guide can show its templates without importing them."""
    parts = [hook(page, context.get("request")) for hook in hooks.get_hooks("page_extras")]
    return mark_safe("".join(conditional_escape(part) for part in parts if part))
