"""Which queries have editors' promoted results, kept in Django's cache so that a search for anything else
does not ask the database. Saving or deleting a promotion drops the cached set (see apps.py)."""

from django.core.cache import cache

CACHE_KEY = "kvn-promoted-queries"
CACHE_SECONDS = 3600


def promoted_queries():
    found = cache.get(CACHE_KEY)
    if found is None:
        from wagtail.contrib.search_promotions.models import SearchPromotion

        found = frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True))
        cache.set(CACHE_KEY, found, CACHE_SECONDS)
    return found


def forget_promoted_queries(**kwargs):
    cache.delete(CACHE_KEY)
