"""A rate limit per client address on Django's cache, so spam protection needs no outside service.

With more than one server process, point the cache at Redis (REDIS_URL) so they share the counts. The address
is REMOTE_ADDR: behind a proxy, have the proxy set it (for example with gunicorn's --forwarded-allow-ips),
since X-Forwarded-For can be forged by the client.
"""

import hashlib
import os

from django.core.cache import cache


def limit():
    return int(os.environ.get("SHARE_ROUTINE_RATE_LIMIT", "5"))


def window_seconds():
    return int(os.environ.get("SHARE_ROUTINE_RATE_WINDOW", "3600"))


def _key(request):
    address = request.META.get("REMOTE_ADDR", "")
    # Hashed: the cache need not hold people's addresses.
    return "share-routine-rate:" + hashlib.sha256(address.encode()).hexdigest()


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
