"""Whole responses for anonymous readers, kept in Django's cache (local memory, or Redis with REDIS_URL).

What is cached: GET and HEAD requests under a language prefix (/sv/..., /en/...) from a reader without a
session cookie, whose response is a 200 that sets no cookie and carries no CSRF token (forms are never
cached). Logged-in editors have a session cookie, so they always get a fresh page with their userbar;
previews and the admin live outside the language prefixes.

Invalidation is by generation: every key contains a token per language (and one for the whole site, and one
for the search pages of a language). Changing what pages show replaces the tokens concerned
(``invalidate``), so every older entry is simply never read again and expires on its own. See
``knowledge/page_cache_signals.py`` for which change replaces which token.

A cache that fails (Redis down) is bypassed: the page is rendered as if there were no cache.
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.dispatch import Signal
from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation

logger = logging.getLogger(__name__)

SITE = "site"
# Sent when a response comes from the cache, with the ``meta`` the view left on it (``page_cache_meta``), so
# that what a view counts (the search query log) is still counted.
served_from_cache = Signal()


def _generation_key(scope):
    return f"kvn-page-gen:{scope}"


def _search_scope(language):
    return f"search:{language}"


def invalidate(*scopes):
    """Replace the tokens of ``scopes``: SITE, a language code, or ``search:<language code>``."""
    try:
        cache.set_many({_generation_key(scope): uuid.uuid4().hex for scope in scopes}, None)
    except Exception:  # the cache is down: nothing can be served from it either
        logger.warning("Page cache: could not invalidate %s", scopes, exc_info=True)


def invalidate_languages(language_codes=None):
    """The pages of the given languages (all when None)."""
    codes = language_codes if language_codes is not None else [code for code, _name in settings.LANGUAGES]
    if language_codes is None:
        invalidate(SITE)
    else:
        invalidate(*codes)


def invalidate_search(language_codes=None):
    codes = language_codes if language_codes is not None else [code for code, _name in settings.LANGUAGES]
    invalidate(*[_search_scope(code) for code in codes])


def _tokens(scopes):
    keys = [_generation_key(scope) for scope in scopes]
    found = cache.get_many(keys)
    missing = {key: uuid.uuid4().hex for key in keys if key not in found}
    if missing:
        for key, token in missing.items():
            cache.add(key, token, None)  # another process may have set one meanwhile: use whichever won
        found.update(cache.get_many(list(missing)))
    return [found.get(key, "") for key in keys]


def _language_of(path):
    prefix = path.split("/", 2)[1] if path.startswith("/") else ""
    codes = {code for code, _name in settings.LANGUAGES}
    return prefix if prefix in codes else None


def _is_search(path, language):
    with translation.override(language):
        try:
            prefix = reverse("search")
        except NoReverseMatch:
            return False
    return path.startswith(prefix)


def _key(request, language):
    scopes = [SITE, language]
    if _is_search(request.path, language):
        scopes.append(_search_scope(language))
    tokens = _tokens(scopes)
    address = f"{request.method}:{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"kvn-page:{language}:{':'.join(tokens)}:{digest}"


def _may_use_cache(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and _language_of(request.path) is not None
    )


def _may_store(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page holds a CSRF token
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
        and getattr(response, "page_cache", True)
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        try:
            key = _key(request, _language_of(request.path))
            entry = cache.get(key)
        except Exception:
            logger.warning("Page cache unavailable: serving without it", exc_info=True)
            return self.get_response(request)
        if entry is not None:
            return self._from_entry(request, entry)
        response = self.get_response(request)
        if _may_store(request, response):
            entry = {
                "status": response.status_code,
                "headers": list(response.items()),
                "content": response.content,
                "meta": getattr(response, "page_cache_meta", None),
            }
            try:
                cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Page cache: could not store %s", request.path, exc_info=True)
        response["X-Page-Cache"] = "miss"
        return response

    def _from_entry(self, request, entry):
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        if entry["meta"]:
            served_from_cache.send(sender=PageCacheMiddleware, request=request, meta=entry["meta"])
        return response
