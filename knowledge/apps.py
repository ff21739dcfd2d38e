from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Kvalitetsnavet: kärna"

    def ready(self):
        from . import (
            lookup_cache,
            page_cache_signals,
            page_slugs,
            signals,  # noqa: F401 - connects the receivers
        )
        from .request_cache import remember_locales, remember_site_root_paths

        page_slugs.configure()
        lookup_cache.connect()
        remember_locales()  # after lookup_cache: once per request, and then from the cache
        remember_site_root_paths()
        page_cache_signals.connect()
