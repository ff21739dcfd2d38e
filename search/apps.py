from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"  # "search" alone reads as Wagtail's own search app in the admin
    verbose_name = "Sök"

    def ready(self):
        from django.core.signals import request_finished
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished

        from . import checks, querylog  # noqa: F401 (checks registers the system checks)
        from .models import SynonymGroup
        from .vocabulary import forget_vocabularies

        # The cached vocabulary (synonyms, title words) is rebuilt after any change to either.
        for signal in (page_published, page_unpublished):
            signal.connect(forget_vocabularies, dispatch_uid=f"search-vocabulary-{id(signal)}")
        for signal in (post_save, post_delete):
            signal.connect(
                forget_vocabularies, sender=SynonymGroup, dispatch_uid=f"search-synonyms-{id(signal)}"
            )
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        from knowledge.page_cache import served_from_cache

        from .promotions import forget_promoted_queries

        for model in (Query, SearchPromotion):
            for signal in (post_save, post_delete):
                signal.connect(
                    forget_promoted_queries,
                    sender=model,
                    dispatch_uid=f"promotions-{model.__name__}-{id(signal)}",
                )
        # Search pages cached between a publish and the worker's index update are replaced after it.
        from django_tasks.signals import task_finished

        from .index_updates import search_index_updated

        task_finished.connect(search_index_updated, dispatch_uid="search-index-updated")
        # The query log is written after a response has been sent, never while a reader waits.
        request_finished.connect(querylog.buffer.flush_if_due, dispatch_uid="search-query-log")
        served_from_cache.connect(count_cached_search, dispatch_uid="search-log-cached")
        for signal in (post_save, post_delete):
            signal.connect(
                synonyms_changed, sender=SynonymGroup, dispatch_uid=f"page-cache-synonyms-{id(signal)}"
            )
            signal.connect(
                promotions_changed, sender=SearchPromotion, dispatch_uid=f"page-cache-promotions-{id(signal)}"
            )


def count_cached_search(sender, request, meta, **kwargs):
    from . import querylog

    if meta.get("search_log"):
        querylog.record(*meta["search_log"])


def synonyms_changed(sender, instance, **kwargs):
    from wagtail.models import Locale

    from knowledge.page_cache import invalidate_search

    code = Locale.objects.filter(pk=instance.locale_id).values_list("language_code", flat=True).first()
    invalidate_search([code] if code else None)


def promotions_changed(sender, instance, **kwargs):
    from knowledge.page_cache import invalidate_search

    invalidate_search()
