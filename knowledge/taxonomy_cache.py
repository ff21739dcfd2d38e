"""The taxonomy (quality areas, organisation forms, regions) read from Django's cache instead of the database
on every page: it is small and rarely edited. Saving or deleting any of it drops the cached copy
(``knowledge.signals``); with several processes, set REDIS_URL so that they share the cache and the drop.
Each process also keeps the copy it read while the page cache's generation stays the same (every taxonomy
edit replaces it: ``knowledge.local_copy``), so a page does not unpickle it again. Callers must not change it.
"""

from dataclasses import dataclass, field

from django.core.cache import cache

from .local_copy import local_copy
from .request_cache import memo

CACHE_KEY = "kvn-taxonomy"
CACHE_SECONDS = 3600


@dataclass
class Taxonomy:
    by_id: dict = field(default_factory=dict)  # (model name, pk) -> object
    by_key: dict = field(default_factory=dict)  # (model name, translation key, locale id) -> object
    by_locale: dict = field(default_factory=dict)  # (model name, locale id) -> [objects in their order]

    def get(self, model, pk):
        return self.by_id.get((model.__name__, pk))

    def localized(self, obj, locale_id):
        """``obj``'s translation in the locale, or ``obj`` itself when it has none."""
        if obj is None or getattr(obj, "locale_id", locale_id) == locale_id:
            return obj
        return self.by_key.get((type(obj).__name__, obj.translation_key, locale_id), obj)

    def in_locale(self, model, locale_id):
        """The model's objects in the locale, in the model's order (regions: all of them)."""
        return self.by_locale.get((model.__name__, locale_id), [])


def _build():
    from .models import OrganisationForm, QualityArea, Region

    taxonomy = Taxonomy()
    for model in (QualityArea, OrganisationForm, Region):
        for obj in model.objects.all():
            name = model.__name__
            taxonomy.by_id[(name, obj.pk)] = obj
            locale_id = getattr(obj, "locale_id", None)  # regions are not translated
            if locale_id is not None:
                taxonomy.by_key[(name, obj.translation_key, locale_id)] = obj
            taxonomy.by_locale.setdefault((name, locale_id), []).append(obj)
    return taxonomy


def taxonomy():
    def load():
        value = cache.get(CACHE_KEY)
        if value is None:
            value = _build()
            cache.set(CACHE_KEY, value, CACHE_SECONDS)
        return value

    return memo("taxonomy", lambda: local_copy("taxonomy", load))


def forget_taxonomy(**kwargs):
    cache.delete(CACHE_KEY)
