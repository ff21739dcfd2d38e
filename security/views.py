"""/.well-known/security.txt (RFC 9116): where to report a vulnerability."""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=86400, public=True)
def security_txt(request):
    if not settings.SECURITY_CONTACT:
        raise Http404("SECURITY_CONTACT is not set")
    # RFC 9116 asks for an expiry less than a year ahead, so that a stale file is noticed. The contact comes
    # from the settings of the running site, so the file is renewed with every day the site runs.
    lifetime = datetime.timedelta(days=settings.SECURITY_TXT_EXPIRES_DAYS)
    expires = timezone.now().replace(microsecond=0) + lifetime
    lines = [f"Contact: {contact}" for contact in settings.SECURITY_CONTACT]
    lines += [
        f"Expires: {expires.astimezone(datetime.UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: sv, en",
        f"Canonical: {request.build_absolute_uri()}",
    ]
    if settings.SECURITY_POLICY_URL:
        lines.append(f"Policy: {settings.SECURITY_POLICY_URL}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
