"""A search server that did not answer is left alone for a while in this process.

While it hangs, every search would otherwise wait for the full timeout and hold one of the app server's
few workers that long: pages queue behind searches. After one failure, searches and autocomplete use their
database fallbacks at once for RETRY_SECONDS, then try the server again. Kept per server address.
"""

import time

from django.conf import settings

RETRY_SECONDS = 10

_resting_until = {}  # the default backend's addresses -> time.monotonic() when to try it again


def _server():
    return tuple(settings.WAGTAILSEARCH_BACKENDS["default"].get("URLS") or ())


def resting():
    return time.monotonic() < _resting_until.get(_server(), 0.0)


def failed():
    _resting_until[_server()] = time.monotonic() + RETRY_SECONDS
