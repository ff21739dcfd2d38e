"""Whole responses for anonymous readers, kept in Django's cache (local memory, or Redis with REDIS_URL).

What is cached: GET and HEAD requests under a language prefix (/sv/..., /en/...) from a reader without a
session cookie, whose response is a 200 that sets no cookie and carries no CSRF token (forms are never
cached). Logged-in editors have a session cookie, so they always get a fresh page with their userbar;
previews and the admin live outside the language prefixes.

Invalidation is by generation: every entry records the tokens it was rendered under, one per language (and
one for the whole site, and one for the search pages of a language), and is read together with the current
tokens in one round trip. Changing what pages show replaces the tokens concerned (``invalidate``), so every
older entry is stale from then on. See ``knowledge/page_cache_signals.py`` for which change replaces which
token.

While one process renders a stale address afresh, the requests for it that arrive meanwhile get the last
version stored (``X-Page-Cache: stale``), for the time of that one render; a page that no longer answers
200 (unpublished) drops its last version. A reader who asks after the render, and every editor, sees the
new version.

A cache that fails (Redis down) is bypassed: the page is rendered as if there were no cache.
"""

import contextlib
import functools
import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.dispatch import Signal
from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from .request_cache import memo

logger = logging.getLogger(__name__)

SITE = "site"
# How long one process may hold an address's render before others stop waiting for it and render it too.
RENDER_LOCK_SECONDS = 10
# Sent when a response comes from the cache, with the ``meta`` the view left on it (``page_cache_meta``), so
# that what a view counts (the search query log) is still counted.
served_from_cache = Signal()


def _generation_key(scope):
    return f"kvn-page-gen:{scope}"


def _search_scope(language):
    return f"search:{language}"


def invalidate(*scopes):
    """Replace the tokens of ``scopes``: SITE, a language code, or ``search:<language code>``.

    Once now, and once more when the transaction that made the change commits: a page rendered in between
    still read the old rows, and must not be kept under the new tokens."""
    _replace_tokens(scopes)
    transaction.on_commit(lambda: _replace_tokens(scopes))


def _replace_tokens(scopes):
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


def _tokens(scopes, found=None):
    """The scopes' tokens, from ``found`` (a ``get_many`` that asked for them) or the cache; a scope without
    one yet gets one."""
    keys = [_generation_key(scope) for scope in scopes]
    found = dict(found) if found is not None else cache.get_many(keys)
    missing = {key: uuid.uuid4().hex for key in keys if key not in found}
    if missing:
        for key, token in missing.items():
            cache.add(key, token, None)  # another process may have set one meanwhile: use whichever won
        found.update(cache.get_many(list(missing)))
    return [found.get(key, "") for key in keys]


def _generation_tokens():
    scopes = [SITE, *(code for code, _name in settings.LANGUAGES)]
    return memo("page-cache-generation", lambda: _tokens(scopes))


def generation():
    """All the current tokens in one string: it changes whenever any cached page is invalidated. For values
    derived from pages that are cached alongside them (``knowledge.part_cache``). Read once per request."""
    return ".".join(_generation_tokens())


def current_generation():
    """``generation()``, or None when the cache could not give every token (Redis down): then no change is
    being recorded, and nothing may be served as fresh because the generation looks unchanged."""
    try:
        tokens = _generation_tokens()
    except Exception:
        logger.warning("Page cache: could not read the generation", exc_info=True)
        return None
    return ".".join(tokens) if all(tokens) else None


def _language_of(path):
    prefix = path.split("/", 2)[1] if path.startswith("/") else ""
    codes = {code for code, _name in settings.LANGUAGES}
    return prefix if prefix in codes else None


@functools.cache
def _search_prefix(language):
    """The search page's address in the language (the URL configuration does not change while running)."""
    with translation.override(language):
        try:
            return reverse("search")
        except NoReverseMatch:
            return None


def _is_search(path, language):
    prefix = _search_prefix(language)
    return prefix is not None and path.startswith(prefix)


def _lookup(request, language):
    """(the address's key, its stored entry or None, the current tokens) in one cache round trip."""
    scopes = [SITE, language]
    if _is_search(request.path, language):
        scopes.append(_search_scope(language))
    address = f"{request.method}:{request.scheme}://{request.get_host()}{request.get_full_path()}"
    key = f"kvn-page:{language}:{hashlib.sha256(address.encode()).hexdigest()}"
    found = cache.get_many([key, *(_generation_key(scope) for scope in scopes)])
    return key, found.get(key), ":".join(_tokens(scopes, found))


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
            key, entry, tokens = _lookup(request, _language_of(request.path))
        except Exception:
            logger.warning("Page cache unavailable: serving without it", exc_info=True)
            return self.get_response(request)
        if entry is not None and entry["tokens"] == tokens:
            return self._from_entry(request, entry, "hit")
        # Stale or missing, typically just after a publish made every page of a language stale. One process
        # renders the address afresh; the requests that arrive meanwhile get the last version instead of
        # rendering it too (without this, a busy site renders each page once per waiting reader, and late).
        lock_key = f"kvn-page-lock:{tokens}:{key}"
        try:
            renderer = cache.add(lock_key, 1, RENDER_LOCK_SECONDS)
        except Exception:
            renderer = False
        if entry is not None and not renderer:
            return self._from_entry(request, entry, "stale")
        try:
            response = self.get_response(request)
            self._store(request, response, key, tokens)
        finally:
            if renderer:
                with contextlib.suppress(Exception):
                    cache.delete(lock_key)
        response["X-Page-Cache"] = "miss"
        return response

    def _store(self, request, response, key, tokens):
        try:
            if not _may_store(request, response):
                cache.delete(key)  # an unpublished page's last version must not be served meanwhile
                return
            entry = {
                "tokens": tokens,
                "status": response.status_code,
                "headers": list(response.items()),
                "content": response.content,
                "meta": getattr(response, "page_cache_meta", None),
            }
            cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.warning("Page cache: could not store %s", request.path, exc_info=True)

    def _from_entry(self, request, entry, state):
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response["X-Page-Cache"] = state
        if entry["meta"]:
            served_from_cache.send(sender=PageCacheMiddleware, request=request, meta=entry["meta"])
        return response
