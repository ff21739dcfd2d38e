"""Stable identifiers for reusers.

A term's URI is built from its wagtail-localize translation key, which every language version shares and
which never changes when a title or slug is edited. The URI resolves (303 See Other) to the live term page.
"""

from django.conf import settings
from django.urls import reverse


def public_url(path):
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def term_uri(term):
    return public_url(reverse("open_data:term_uri", args=[term.translation_key]))


def scheme_uri():
    return public_url(reverse("open_data:scheme_uri"))
