"""Values looked up once per reader's request instead of once per use (the active locale, the pages under a
view restriction, Wagtail's site root paths): a dictionary that lives for one GET or HEAD request.

Outside a request (management commands, the admin's writes) nothing is remembered, so a value read after a
write is always fresh.
"""

from contextvars import ContextVar

_values = ContextVar("kvn_request_cache", default=None)


def memo(key, factory):
    """``factory()``, computed once per request under ``key``."""
    values = _values.get()
    if values is None:
        return factory()
    if key not in values:
        values[key] = factory()
    return values[key]


class RequestCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        token = _values.set({})
        try:
            return self.get_response(request)  # rendered (TemplateResponse) before it comes back here
        finally:
            _values.reset(token)


def remember_locales():
    """Wagtail looks up the active Locale by language code several times a page (``Locale.get_active``,
    ``Page.localized``), one query each. Wrap the manager's public ``get_for_language`` so that a request
    asks once. Guarded: if Wagtail renames the method, nothing is wrapped and pages just make more queries."""
    from wagtail.models.i18n import LocaleManager

    original = getattr(LocaleManager, "get_for_language", None)
    if original is None or getattr(original, "kvn_memo", False):
        return

    def get_for_language(self, language_code):
        return memo(("locale", language_code), lambda: original(self, language_code))

    get_for_language.kvn_memo = True
    LocaleManager.get_for_language = get_for_language


def remember_site_root_paths():
    """Wagtail reads its site root paths from the cache for every page address it builds without a request
    (``{% pageurl %}`` in a template rendered on its own, such as a linked term): one cache round trip each.
    Wrap the public ``Site.get_site_root_paths`` so that a request reads them once. Guarded like
    ``remember_locales``."""
    from wagtail.models import Site

    original = getattr(Site, "get_site_root_paths", None)
    if original is None or getattr(original, "kvn_memo", False):
        return

    def get_site_root_paths():
        return memo("site-root-paths", original)

    get_site_root_paths.kvn_memo = True
    Site.get_site_root_paths = staticmethod(get_site_root_paths)
