"""Cached pages show the framework (an area's page, the guides' listing links to it): editing an area, a
criterion or its links renews every language's page-cache token, as editing the taxonomy does."""

from django.db.models.signals import post_delete, post_save

from knowledge.page_cache import invalidate_languages


def framework_changed(sender=None, **kwargs):
    invalidate_languages()


def connect():
    from .models import Criterion, CriterionLink, FrameworkArea

    for model in (FrameworkArea, Criterion, CriterionLink):
        for signal in (post_save, post_delete):
            uid = f"page-cache-{model.__name__}-{id(signal)}"
            signal.connect(framework_changed, sender=model, dispatch_uid=uid)
