"""Template tags for the site frame: menu, footer, language switcher, hreflang, breadcrumbs, organisation
forms, icons and public addresses."""

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.models import Page, Site

from .. import frame
from ..searchable import OTHER_PAGES, result_type_of
from ..tagging import all_organisation_forms_count, organisation_forms_by_facet

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
        links = frame.page_language_links(context["request"], context.get("page"))
        # A routable page's sub-page (e.g. a quality area's page under the self-assessment) gives its path
        # below the page per language: the page's translations lead to the same sub-page.
        subpage_paths = context.get("subpage_paths") or {}
        links = [
            {**link, "url": link["url"] + subpage_paths[link["code"]]}
            if link["translated"] and link["url"] and link["code"] in subpage_paths
            else link
            for link in links
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
        ancestors = frame.frame_pages(context["request"], page)["ancestors"]
    # On a routable page's sub-page, the page itself becomes a link and the sub-page's title comes last.
    return {
        "request": context["request"],
        "ancestors": ancestors,
        "page": page,
        "subpage_title": context.get("subpage_title", ""),
    }


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    """The footer: who runs the site, contact, the statements (the home page's standard pages, which are
    kept out of the main menu), the content licence and when the page was last updated."""
    request = context["request"]
    root = frame.site_root(request, context.get("page"))
    pages = frame.frame_pages(request, context.get("page"))["footer"]  # loaded with the menu: no query
    page = context.get("page")
    return {
        "request": request,
        "root": root,
        "footer_pages": pages,
        "updated": page.last_published_at if isinstance(page, Page) else None,
        "contact_email": settings.SITE_CONTACT_EMAIL,
    }


@register.inclusion_tag("includes/organisation_forms.html", takes_context=True)
def organisation_forms(context, page, heading_level=2, compact=False):
    """A page's organisation forms by facet; one phrase when a page is tagged with every form."""
    groups = organisation_forms_by_facet(page)
    request = context.get("request")
    total = getattr(request, "_kvn_form_count", None)
    if total is None:  # once per request: listings show this for every item
        total = all_organisation_forms_count()
        if request is not None:
            request._kvn_form_count = total
    applies_to_all = bool(groups) and total == sum(len(tags) for _facet, tags in groups)
    return {
        "groups": groups,
        "heading_level": heading_level,
        "applies_to_all": applies_to_all,
        "compact": compact,
    }


# Icons in static/img/icons.svg; a quality area added by an editor gets the generic "area" icon.
AREA_ICONS = {
    "styrning-och-ledning",
    "deltagarens-vag",
    "handledning-och-kompetens",
    "avvikelser-och-klagomal",
    "dataskydd",
    "arbetsmiljo",
    "jamstalldhet-och-icke-diskriminering",
    "samverkan",
    "nytta-och-effekt",
    "standiga-forbattringar",
}
# Icons of the pages that are not a search result type of their own (those declare theirs, see
# knowledge/searchable.py): the listings lead to guides, routines and terms, the share page is a tool.
TYPE_ICONS = {
    "methodindexpage": "type-guide",
    "routineindexpage": "type-routine",
    "glossaryindexpage": "type-term",
    "shareroutinepage": "type-share",
    # The quality system's tools, by model name only (knowledge does not import quality_system).
    "templateindexpage": "type-template",
    "templatepage": "type-template",
    "selfassessmentpage": "type-assessment",
    "handbookpage": "type-handbook",
}


@register.simple_tag
def icon(name, css_class=""):
    """A decorative icon from the sprite (hidden from assistive technology: the text beside it says it)."""
    return format_html(
        '<svg class="icon {}" aria-hidden="true" focusable="false"><use href="{}#{}"></use></svg>',
        css_class,
        static("img/icons.svg"),
        name,
    )


@register.simple_tag
def area_icon(area, css_class=""):
    slug = getattr(area, "slug", "")
    return icon(f"area-{slug}" if slug in AREA_ICONS else "area", css_class)


@register.simple_tag
def type_icon(page, css_class=""):
    """The icon of a page's content type; other pages (the tools, standard pages) get a generic one."""
    specific_class = page.specific_class if isinstance(page, Page) else None
    result_type = result_type_of(specific_class) if specific_class else OTHER_PAGES
    if result_type is not OTHER_PAGES:
        return icon(result_type.icon, css_class)
    model = specific_class._meta.model_name if specific_class else ""
    name = TYPE_ICONS.get(model)
    if name is None:
        name = "type-page" if model in ("standardpage", "homepage") else "type-tool"
    return icon(name, css_class)


@register.simple_tag(takes_context=True)
def public_url(context, page):
    """The page's address as readers know it: PUBLIC_BASE_URL when set, else the Wagtail Site's own address
    unless that is a local placeholder (the starter content's "localhost"), else the address asked for."""
    path = page.get_url(request=None, current_site=None) or ""
    if path.startswith("http"):
        return path
    if settings.PUBLIC_BASE_URL:
        return settings.PUBLIC_BASE_URL.rstrip("/") + path
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site and site.hostname not in LOCAL_HOSTNAMES:
        return site.root_url + path
    return request.build_absolute_uri(path) if request else path


LOCAL_HOSTNAMES = {"localhost", "127.0.0.1", "[::1]", "::1"}


@register.filter
def paragraphs(text):
    """Split plain text on blank lines, for TextBlock values written as short paragraphs."""
    return [part.strip() for part in (text or "").split("\n\n") if part.strip()]


@register.simple_tag
def data_controller():
    """The legal person that is controller of the site's personal data (settings.DATA_CONTROLLER), or ""."""
    return getattr(settings, "DATA_CONTROLLER", "")


@register.simple_tag(takes_context=True)
def legal_sources_page(context):
    """The page listing every legal source, in the reader's language (None if there is none), which every
    source list links to: read with the frame's pages."""
    return frame.frame_pages(context["request"], context.get("page"))["legal_sources"]


@register.simple_tag(takes_context=True)
def quality_area_extras(context, area):
    """What apps built on this one add under a quality area's heading in a listing (the
    ``quality_area_extras`` hook: a function of ``area`` and ``request`` returning HTML or ""), so the guides'
    listing can link to the area's self-assessment page without importing it."""
    parts = [hook(area, context.get("request")) for hook in hooks.get_hooks("quality_area_extras")]
    return mark_safe("".join(conditional_escape(part) for part in parts if part))


@register.simple_tag(takes_context=True)
def page_extras(context, page):
    """Sections that apps built on this one add to a page (the ``page_extras`` hook: a function of ``page``
    and ``request`` returning HTML or ""), so a guide can show its templates without importing them."""
    parts = [hook(page, context.get("request")) for hook in hooks.get_hooks("page_extras")]
    return mark_safe("".join(conditional_escape(part) for part in parts if part))
