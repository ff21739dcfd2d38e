"""The sites and locales, read from Django's cache instead of the database on every request.

Every page needs the request's ``Site`` (Wagtail matches the host name in one query) and the active ``Locale``
(one query per request even with ``knowledge.request_cache``). Both tables hold a handful of rows that change
almost never, so each is kept in the cache as one small dictionary and dropped whenever a row is saved or
deleted (``connect``). With several app servers, REDIS_URL makes them share the cache and the drop.

Wagtail's lookups are wrapped, not copied: ``Site.find_for_request`` and ``LocaleManager.get_for_language``
are public; when either is missing (a Wagtail upgrade renamed it) nothing is wrapped and pages simply make
their queries again. A failing cache (Redis down) falls back to the database.
"""

import logging

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port

from .local_copy import keep, local_copy

logger = logging.getLogger(__name__)

SITES_KEY = "kvn-sites"
LOCALES_KEY = "kvn-locales"
CACHE_SECONDS = 3600
_NO_SITE = "none"  # a host that no site serves is remembered too
MAX_HOSTS = 50  # odd Host headers must not grow the cached dictionary without bound


def _cached(key):
    """The dictionary under ``key``: this process's copy while the page cache's generation stays the same
    (a site or locale saved replaces it: ``knowledge.local_copy``), else the shared cache's."""
    return local_copy(key, lambda: _shared(key))


def _shared(key):
    try:
        return cache.get(key) or {}
    except Exception:
        logger.warning("Lookup cache: could not read %s", key, exc_info=True)
        return {}


def _remember(key, values, name, value):
    values = {**values, name: value}
    keep(key, values)
    try:
        cache.set(key, values, CACHE_SECONDS)
    except Exception:
        logger.warning("Lookup cache: could not write %s", key, exc_info=True)


def forget(**kwargs):
    try:
        cache.delete_many([SITES_KEY, LOCALES_KEY])
    except Exception:
        logger.warning("Lookup cache: could not drop the sites and locales", exc_info=True)


def _site_without_root_page(site):
    """A copy to cache without the root page that Wagtail joined in: it would go stale when that page is
    edited (the copy reads it from the database if anything asks for it)."""
    if site is None:
        return _NO_SITE
    copy = type(site).objects.model(
        **{field.attname: getattr(site, field.attname) for field in site._meta.fields}
    )
    copy._state.adding = False
    copy._state.db = site._state.db
    return copy


def remember_sites():
    from wagtail.models import Site

    original = getattr(Site, "find_for_request", None)
    if original is None or getattr(original, "kvn_cached", False):
        return

    def find_for_request(request):
        if request is None or hasattr(request, "_wagtail_site"):
            return original(request)
        # The raw host, as Wagtail matches it (the ALLOWED_HOSTS check comes later, in Django's own code).
        name = f"{split_domain_port(request._get_raw_host())[0]}:{request.get_port()}"
        sites = _cached(SITES_KEY)
        site = sites.get(name)
        if site is None:
            site = original(request)
            if len(sites) < MAX_HOSTS:
                _remember(SITES_KEY, sites, name, _site_without_root_page(site))
            return site
        request._wagtail_site = None if site == _NO_SITE else site  # where Wagtail itself keeps it
        return request._wagtail_site

    find_for_request.kvn_cached = True
    Site.find_for_request = staticmethod(find_for_request)


def remember_locales():
    from wagtail.models.i18n import LocaleManager

    original = getattr(LocaleManager, "get_for_language", None)
    if original is None or getattr(original, "kvn_cached", False):
        return

    def get_for_language(self, language_code):
        locales = _cached(LOCALES_KEY)
        locale = locales.get(language_code)
        if locale is None:
            locale = original(self, language_code)  # raises Locale.DoesNotExist as before
            _remember(LOCALES_KEY, locales, language_code, locale)
        return locale

    get_for_language.kvn_cached = True
    LocaleManager.get_for_language = get_for_language


def connect():
    from wagtail.models import Locale, Site

    remember_sites()
    remember_locales()
    for model in (Site, Locale):
        for signal in (post_save, post_delete):
            signal.connect(forget, sender=model, dispatch_uid=f"lookup-cache-{model.__name__}-{id(signal)}")
