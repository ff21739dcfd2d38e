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


def is_limited(request):
    """True if this address has already used up its attempts in the current window."""
    return cache.get(_key(request), 0) >= limit()


def record_attempt(request):
    key = _key(request)
    if cache.add(key, 1, window_seconds()):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window_seconds())
