"""A rate limit per client address on Django's cache, so spam protection needs no outside service.

The counts live in Django's cache: with more than one app server (or gunicorn worker), point it at Redis
(REDIS_URL) so they share them; production says so in a system check. The address is the client's own, also
behind proxies (knowledge/client_address.py, TRUSTED_PROXY_COUNT).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from knowledge.client_address import client_address


def limit():
    return settings.SHARE_ROUTINE_RATE_LIMIT


def window_seconds():
    return settings.SHARE_ROUTINE_RATE_WINDOW


def _key(request):
    # Hashed: the cache need not hold people's addresses.
    return "share-routine-rate:" + hashlib.sha256(client_address(request).encode()).hexdigest()


def reserve(request):
    """Count this submission now, as it arrives, and say whether it is within the limit.

    Counting first (one atomic increment, in Redis shared by every app server) is what makes the limit hold
    for a burst: had each submission been counted after its files were checked, every submission arriving
    during those seconds would have seen the old count and been let through. ``release`` gives the place
    back for a submission that turns out not to count."""
    key = _key(request)
    if cache.add(key, 1, window_seconds()):
        return 1 <= limit()
    try:
        return cache.incr(key) <= limit()
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window_seconds())
        return 1 <= limit()


def release(request):
    try:
        cache.decr(_key(request))
    except ValueError:  # the window has ended meanwhile: nothing to give back
        pass
