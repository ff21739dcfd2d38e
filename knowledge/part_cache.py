"""Parts of a page (the list of its legal sources, the templates that name it) kept in Django's cache, so that
rendering a page without the page cache does not query them each time.

A part is cached under the page cache's current generation (``knowledge.page_cache.generation``): whatever
makes cached pages stale (a page published, unpublished, moved or deleted, a legal source, the taxonomy, a
document or a site edited; see ``knowledge/page_cache_signals.py``) makes every cached part stale too, so a
part is exactly as fresh as the page it appears on. Each process also keeps the parts it read in memory
for the same generation (``knowledge.local_copy``). A failing cache (Redis down) just builds the part.
"""

import logging

from django.core.cache import cache

from .local_copy import local_copy
from .page_cache import generation

logger = logging.getLogger(__name__)

CACHE_SECONDS = 3600


def cached_part(name, page, build):
    """``build()``, cached for ``page`` under ``name``. ``build`` must return a picklable value that its
    callers do not change (it is shared in the process: ``knowledge.local_copy``)."""
    if page.pk is None:  # the preview of a page never saved
        return build()
    return local_copy(f"part:{name}:{page.pk}", lambda: _from_shared_cache(name, page, build))


def page_part(request, name, page, build):
    """``cached_part`` for a page being served; a preview shows the draft, so its parts are built afresh."""
    if getattr(request, "is_preview", False):
        return build()
    return cached_part(name, page, build)


def _from_shared_cache(name, page, build):
    try:
        key = f"kvn-part:{name}:{page.pk}:{generation()}"
        value = cache.get(key)
    except Exception:
        logger.warning("Part cache unavailable: building %s", name, exc_info=True)
        return build()
    if value is None:
        value = build()
        try:
            cache.set(key, value, CACHE_SECONDS)
        except Exception:
            logger.warning("Part cache: could not store %s", name, exc_info=True)
    return value
