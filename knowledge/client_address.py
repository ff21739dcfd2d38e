"""The address of the person making a request, also behind proxies (login lockout, rate limits).

Each proxy in front of the site appends the address it received the request from to X-Forwarded-For. With
TRUSTED_PROXY_COUNT proxies, the client's address is that many entries from the right; anything further left
was written by the client itself and can be forged. Without proxies (the default, 0) it is REMOTE_ADDR.

The header is read only when the request came from one of TRUSTED_PROXIES (by default this machine, or a unix
socket): if the app server's port can also be reached directly, whoever reaches it writes X-Forwarded-For
themselves, and could give every login attempt another address to dodge the lockout.
"""

import functools
import ipaddress

from django.conf import settings


def client_address(request):
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0 or not _is_trusted_proxy(remote):
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count:
        # Fewer entries than proxies: the request did not come through all of them (or a proxy is
        # misconfigured). REMOTE_ADDR is the only address nobody could forge.
        return remote
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def _is_trusted_proxy(remote):
    try:
        address = ipaddress.ip_address(remote)
    except ValueError:
        # Not an IP address: gunicorn on a unix socket gives "", and only this machine reaches a socket.
        return True
    return any(address in network for network in _trusted_networks(tuple(settings.TRUSTED_PROXIES)))


@functools.cache
def _trusted_networks(entries):
    return [ipaddress.ip_network(entry, strict=False) for entry in entries]
