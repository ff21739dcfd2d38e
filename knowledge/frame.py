"""The pages every page's frame shows (the home page, the breadcrumbs' ancestors, the main menu), read in
one query per request, and the language links in one more."""

import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .localization import language_links
from .models import LegalSourceIndexPage, StandardPage
from .visibility import public

STEPLEN = 4  # treebeard's path step: a page's ancestors' paths are prefixes of its own


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
    the register's page, which every list of legal sources links to, or None}: one query."""
    if not hasattr(request, "_kvn_frame"):
        root_path = _root_url_path(request, page)
        ancestor_paths = []
        if isinstance(page, Page):
            ancestor_paths = [page.path[: STEPLEN * depth] for depth in range(2, page.depth)]
        found = []
        standard = ContentType.objects.get_for_model(StandardPage).pk  # cached by Django
        register = ContentType.objects.get_for_model(LegalSourceIndexPage).pk
        if root_path:
            menu_path = "^" + re.escape(root_path) + "[^/]+/$"
            found = list(
                public(
                    Page.objects.live().filter(
                        Q(url_path=root_path)
                        | Q(path__in=ancestor_paths)
                        | Q(url_path__regex=menu_path, show_in_menus=True)
                        | Q(url_path__regex=menu_path, content_type_id=standard)
                        | Q(url_path__regex=menu_path, content_type_id=register)
                    )
                ).order_by("path")
            )
        root = next((item for item in found if item.url_path == root_path), None)
        request._kvn_frame = {
            "root": root,
            "ancestors": [item for item in found if item.path in ancestor_paths],
            "menu": [item for item in found if root and item.depth == root.depth + 1 and item.show_in_menus],
            "footer": [
                item
                for item in found
                if root and item.depth == root.depth + 1 and item.content_type_id == standard
            ],
            "legal_sources": next(
                (
                    item
                    for item in found
                    if root and item.depth == root.depth + 1 and item.content_type_id == register
                ),
                None,
            ),
        }
    return request._kvn_frame


def site_root(request, page=None):
    return frame_pages(request, page)["root"]


def page_language_links(request, page):
    """The language switcher's links; for a view that is not a page, the same address in each language."""
    if isinstance(page, Page):
        return language_links(request, page, site_root(request, page))
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
