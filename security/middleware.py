"""Content-Security-Policy: the site's strict policy on every page, a separate policy for the Wagtail admin.

Why the admin has its own: Wagtail 7.4's admin templates still hold inline ``<script>`` elements (InlinePanel,
the date and time widgets, wagtail-localize's translation editor) and inline ``style`` attributes, and its
preview panel frames pages from the admin itself. The admin policy allows exactly that, and only under the
admin's address; the public pages never allow inline scripts or styles, or being framed.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None  # a view's own @csp_override wins
            and request.path_info.startswith(settings.ADMIN_URL_PREFIX)
        ):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
