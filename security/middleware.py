"""Content-Security-Policy: the site's strict policy on every page, a separate policy for the Wagtail admin.

Why the admin has its own: Wagtail 7.4's admin templates still hold inline ``<script>`` elements (InlinePanel,
the date and time widgets, wagtail-localize's translation editor) and inline ``style`` attributes, its
dashboard asks releases.wagtail.org for new versions, and its preview panel frames pages from the admin
itself. The admin policy allows exactly that, and only under the admin's address; the public pages never
allow inline scripts or styles, or being framed.

A preview is the public page with the public policy, except that the admin may frame it. Wagtail renders it
through a second, "dummy" request with the page's public path and the flag ``is_dummy`` (documented for
middleware in ``wagtail.models.preview``), so the admin's address cannot tell.
"""

from csp.constants import HEADER
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.http import HttpResponseBadRequest
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

# Response attributes through which a view changes its policy (django-csp's decorators).
_OVERRIDES = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt", "_csp_config_ro", "_csp_update_ro")
_OVERRIDES += ("_csp_replace_ro", "_csp_exempt_ro")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        """The public policy without a nonce is the same string for every page: built once per process and
        reused (django-csp builds it twice per response, a noticeable share of a cached page's time).
        Anything else (a nonce, a view's override, the admin, a preview, a report-only policy) goes through
        django-csp as before."""
        if (
            getattr(request, "_csp_nonce", None) is not None
            or getattr(request, "is_dummy", False)
            or request.path_info.startswith(settings.ADMIN_URL_PREFIX)
            or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            or settings.CONTENT_SECURITY_POLICY.get("EXCLUDE_URL_PREFIXES")
            or any(hasattr(response, name) for name in _OVERRIDES)
            or (settings.DEBUG and response.status_code in (404, 500))
        ):
            return super().process_response(request, response)
        if HEADER not in response:
            response[HEADER] = _public_policy()
        # As django-csp does: asking for a nonce once the header is written is an error, not a silent miss.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:  # a view's own @csp_override wins
            return parts
        if getattr(request, "is_dummy", False):
            parts.config = {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-ancestors": ["'self'"]}
        elif request.path_info.startswith(settings.ADMIN_URL_PREFIX):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


_built = {}


def _public_policy():
    directives = settings.CONTENT_SECURITY_POLICY
    if _built.get("for") is not directives:  # settings changed (tests override them): build again
        _built.update({"for": directives, "policy": build_policy()})
    return _built["policy"]


NUL_MESSAGE = gettext_noop(
    "Adressen innehåller ett tecken som inte är tillåtet (NUL). Ta bort det och försök igen."
)


class RefuseNulMiddleware:
    """A NUL character in the path or the query string is answered 400 before any view runs.

    No reader types one, and PostgreSQL refuses text holding NUL, so a parameter that reaches a query (the
    API's html_path, a filter) would otherwise fail there with a 500. Forms already refuse NUL in posted
    fields (Django's ProhibitNullCharactersValidator)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path or "%00" in query or "\x00" in query:
            # Before the language is chosen: the message in Swedish, then English (each named, as the language
            # active in this thread may be either).
            with translation.override("sv"):
                swedish = _(NUL_MESSAGE)
            with translation.override("en"):
                english = _(NUL_MESSAGE)
            return HttpResponseBadRequest(f"{swedish}\n{english}\n", content_type="text/plain; charset=utf-8")
        return self.get_response(request)
