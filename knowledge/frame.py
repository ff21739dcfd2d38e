"""The pages every page's frame shows (the home page, the breadcrumbs' ancestors, the main menu) and the
translations its language links lead to, from the page directory (``knowledge.page_directory``)."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .localization import language_links
from .models import LegalSourceIndexPage, StandardPage
from .page_directory import page_directory
from .visibility import restrictions


def _root_url_path(request, page):
    if isinstance(page, Page) and page.url_path.count("/") >= 2:
        return "/" + page.url_path.split("/")[1] + "/"
    site = Site.find_for_request(request)
    for root in Site.get_site_root_paths():
        if site and root.site_id == site.pk and root.language_code == get_language():
            return root.root_path
    return None


def frame_pages(request, page):
    """{"root": home page or None, "ancestors": [live ancestors from the home page down], "menu": [pages],
    "footer": [the home page's standard pages (about, statements), kept out of the menu], "legal_sources":
    the register's page, which every list of legal sources links to, or None, "translations": [the live
    translations of the page and of the home page, for the language links]}: from the page directory,
    without a query of its own. Pages under a view restriction are left out of the frame (as
    ``visibility.public`` does), not out of the language links."""
    if not hasattr(request, "_kvn_frame"):
        directory = page_directory()
        root_path = _root_url_path(request, page)
        root = directory.by_url_path.get(root_path) if root_path else None
        restricted = [path for _pk, path in restrictions()]

        def shown(item):
            return not any(item.path.startswith(path) for path in restricted)

        if root is not None and not shown(root):
            root = None
        ancestors = []
        if isinstance(page, Page):
            for depth in range(2, page.depth):
                # treebeard: an ancestor's path is a prefix of the page's, one step per depth
                ancestor = directory.by_path.get(page.path[: Page.steplen * depth])
                if ancestor is not None and shown(ancestor):
                    ancestors.append(ancestor)
        below_root = [item for item in directory.children(root) if shown(item)] if root else []
        standard = ContentType.objects.get_for_model(StandardPage).pk  # cached by Django
        register = ContentType.objects.get_for_model(LegalSourceIndexPage).pk
        translations = None
        if root_path:
            keys = [obj.translation_key for obj in (page, root) if isinstance(obj, Page)]
            translations = [item for key in dict.fromkeys(keys) for item in directory.translations(key)]
        request._kvn_frame = {
            "root": root,
            "ancestors": ancestors,
            "menu": [item for item in below_root if item.show_in_menus],
            "footer": [item for item in below_root if item.content_type_id == standard],
            "legal_sources": next((item for item in below_root if item.content_type_id == register), None),
            "translations": translations,
        }
    return request._kvn_frame


def site_root(request, page=None):
    return frame_pages(request, page)["root"]


def page_language_links(request, page):
    """The language switcher's links; for a view that is not a page, the same address in each language."""
    if isinstance(page, Page):
        frame = frame_pages(request, page)
        return language_links(request, page, frame["root"], frame["translations"])
    current = get_language()
    return [
        {
            "code": code,
            "name": name,
            "is_current": code == current,
            "translated": True,
            "url": translate_url(request.get_full_path(), code),
        }
        for code, name in settings.LANGUAGES
    ]
