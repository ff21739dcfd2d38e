"""Values that rarely change (the taxonomy, the sites and locales, a page's list of legal sources), kept in
each process's own memory for as long as the page cache's generation stays the same.

Reading them from Redis costs a round trip and an unpickling on every page; the generation
(``knowledge.page_cache.generation``) is read once per request anyway, and every change that could make one
of these values stale replaces it (``knowledge/page_cache_signals.py``). So a copy made under the current
generation is as fresh as one read from Redis, also with several app servers: they share the generation.

When the generation cannot be read (Redis down), nothing is kept or served from memory: invalidation could
not be recorded meanwhile, so the caller reads from its usual source. A value kept here is shared by every
request the process serves: callers must not change it.
"""

import logging
import threading

from .page_cache import current_generation

logger = logging.getLogger(__name__)

# Names are few (one per kind of value, and a page's parts): the bound only guards against a leak.
MAX_VALUES = 5000

_values = {}  # name -> (generation, value)
_lock = threading.Lock()


def local_copy(name, build):
    """``build()``, kept in this process while the generation stays the same."""
    generation = current_generation()
    if generation is None:
        return build()
    held = _values.get(name)
    if held is not None and held[0] == generation:
        return held[1]
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
        _values[name] = (generation, value)


def forget_all():
    """For tests that change the database behind the signals' back."""
    with _lock:
        _values.clear()
