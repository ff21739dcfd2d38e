"""Stable identifiers for reusers.

A term's URI is built from its wagtail-localize translation key, which every language version shares and
which never changes when a title or slug is edited. The URI resolves (303 See Other) to the live term page.
"""

from django.conf import settings
from django.urls import reverse


def public_url(path):
    """``path`` on the site's public address (PUBLIC_BASE_URL, else the address the admin links to)."""
    return (settings.PUBLIC_BASE_URL or settings.WAGTAILADMIN_BASE_URL).rstrip("/") + path


def page_url(page, request=None):
    """A page's absolute address as readers know it: on PUBLIC_BASE_URL when set, else the Wagtail Site's."""
    if settings.PUBLIC_BASE_URL:
        _site_id, _root_url, path = page.get_url_parts(request)
        return settings.PUBLIC_BASE_URL.rstrip("/") + path
    return page.get_full_url(request)


def term_uri(term):
    return public_url(reverse("open_data:term_uri", args=[term.translation_key]))


def scheme_uri():
    return public_url(reverse("open_data:scheme_uri"))
