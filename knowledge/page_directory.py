"""Where every live page sits in the tree (its address, title, language and place), kept in each process's
memory for as long as the page cache's generation stays the same (``knowledge.local_copy``).

Every page's frame needs a few of these: the home page, the breadcrumbs' ancestors, the main menu and footer,
and the translations the language links lead to; serving a page needs the deepest page whose address starts
the requested one. Publishing, unpublishing, moving or deleting a page replaces the generation, so the
directory is read again (one query for the whole site) on the first page after a change, in each process.

The pages here are ``Page`` objects loaded with ``FIELDS`` only, shared by every request of the process:
read them, never change or save them.
"""

from collections import defaultdict

from wagtail.models import Page

from .local_copy import local_copy
from .request_cache import memo

FIELDS = (
    "title", "slug", "url_path", "path", "depth", "show_in_menus", "content_type_id", "translation_key",
    "locale_id", "locale__language_code",
)  # fmt: skip


class PageDirectory:
    def __init__(self, pages):
        self.by_path = {}
        self.by_url_path = {}
        self._children = defaultdict(list)
        self._translations = defaultdict(list)
        for page in pages:  # in tree order
            self.by_path[page.path] = page
            self.by_url_path[page.url_path] = page
            self._children[page.path[: -Page.steplen]].append(page)
            self._translations[page.translation_key].append(page)

    def children(self, page):
        return self._children.get(page.path, [])

    def translations(self, translation_key):
        """The live pages with this translation key, one per language."""
        return self._translations.get(translation_key, [])


def _load():
    return PageDirectory(Page.objects.live().select_related("locale").only(*FIELDS).order_by("path"))


def page_directory():
    """The live pages' directory: from this process's memory while the generation stays the same."""
    return memo("page-directory", lambda: local_copy("page-directory", _load))
