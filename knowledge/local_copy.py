"""Values that rarely change (the live pages' directory, the taxonomy, the sites and locales, the lists of
other pages a page shows), kept in each process's own memory for as long as the page cache's generation
stays the same, and at most ``MAX_AGE_SECONDS``.

Reading them from Redis costs a round trip and an unpickling on every page; the generation
(``knowledge.page_cache.generation``) is read once per request anyway, and every change that could make one
of these values stale replaces it (``knowledge/page_cache_signals.py``). So a copy made under the current
generation is as fresh as one read from Redis, also with several app servers: they share the generation.

When the generation cannot be read (Redis down), nothing is kept or served from memory: invalidation could
not be recorded meanwhile, so the caller reads from its usual source. With a local-memory cache (development;
production without Redis shares a cache folder instead), the generation lives in each process, so a process
does not see another's changes: the age limit bounds that (`manage.py check --deploy` warns about such a
setup: site_security.W002). A value kept here is shared by every request the process serves: callers must
not change it.
"""

import threading
import time

from .page_cache import current_generation

# Names are few (one per kind of value, and a page's parts): the bound only guards against a leak.
MAX_VALUES = 5000
MAX_AGE_SECONDS = 60

_values = {}  # name -> (generation, stored at (time.monotonic()), value)
_lock = threading.Lock()


def local_copy(name, build):
    """``build()``, kept in this process while the generation stays the same."""
    generation = current_generation()
    if generation is None:
        return build()
    held = _values.get(name)
    if held is not None and held[0] == generation and time.monotonic() - held[1] < MAX_AGE_SECONDS:
        return held[2]
    value = build()
    keep(name, value, generation)
    return value


def keep(name, value, generation=None):
    """Keep ``value`` under ``name`` for the current (or given) generation, e.g. after adding to it."""
    generation = generation or current_generation()
    if generation is None:
        return
    with _lock:
        if len(_values) >= MAX_VALUES:
            _values.clear()
        _values[name] = (generation, time.monotonic(), value)
