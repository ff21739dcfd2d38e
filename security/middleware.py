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

from csp.middleware import CSPMiddleware
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:  # a view's own @csp_override wins
            return parts
        if getattr(request, "is_dummy", False):
            parts.config = {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-ancestors": ["'self'"]}
        elif request.path_info.startswith(settings.ADMIN_URL_PREFIX):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
