"""The content's licence, stated on every page and in every export so that reuse is legal."""

from django.conf import settings


def licence():
    """(name, url) of the content licence, from settings."""
    return settings.CONTENT_LICENCE_NAME, settings.CONTENT_LICENCE_URL


def with_licence_link(response):
    """Adds the licence as an HTTP Link header (RFC 8288 rel="license"), for formats with no place for it."""
    response["Link"] = f'<{settings.CONTENT_LICENCE_URL}>; rel="license"'
    return response
