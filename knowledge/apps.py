from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Kvalitetsnavet: kärna"

    def ready(self):
        from . import (
            page_cache_signals,
            page_slugs,
            signals,  # noqa: F401 - connects the receivers
        )
        from .request_cache import remember_locales

        page_slugs.configure()

        remember_locales()
        page_cache_signals.connect()
