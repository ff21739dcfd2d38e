"""Which change invalidates which cached pages (see knowledge/page_cache.py for the tokens).

- A page published: the pages of its language. Other languages show it too when they have no live
  translation of it (their pages fall back to it) or when its address or live status changed (their
  language switcher links to it): those languages as well.
- A page unpublished, moved or deleted, the taxonomy, a legal source, a document, a site, a locale or a
  page's view restriction edited: every language.
- A synonym group edited (``search``): that language's search pages only.

Precision: per language, not per page. Publishing a guide's Swedish text again re-renders Swedish pages on
their next visit, and leaves English ones cached when the guide has a live English translation.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import LegalSource, OrganisationForm, QualityArea, Region
from .page_cache import invalidate_languages


def _language_codes(page):
    """{language code: live} of the page and its translations."""
    return dict(
        Page.objects.filter(translation_key=page.translation_key).values_list("locale__language_code", "live")
    )


def remember_state_before_save(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.pk:
        instance._kvn_before = Page.objects.filter(pk=instance.pk).values("live", "url_path").first()


def page_published_changed_pages(sender, instance, **kwargs):
    before = getattr(instance, "_kvn_before", None) or {}
    moved_or_new = not before.get("live") or before.get("url_path") != instance.url_path
    if moved_or_new:
        invalidate_languages()
        return
    live_in = _language_codes(instance)
    falling_back = [code for code, _name in settings.LANGUAGES if not live_in.get(code)]
    invalidate_languages([instance.locale.language_code, *falling_back])


def everything_changed(sender=None, **kwargs):
    invalidate_languages()


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate_languages()


def connect():
    pre_save.connect(remember_state_before_save, dispatch_uid="page-cache-before-save")
    page_published.connect(page_published_changed_pages, dispatch_uid="page-cache-published")
    page_unpublished.connect(everything_changed, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(everything_changed, dispatch_uid="page-cache-moved")
    post_delete.connect(page_deleted, dispatch_uid="page-cache-deleted")
    # A legal source's name and link show on every page that relies on it.
    # A view restriction added or removed changes who may see a page and which lists show it.
    models = (OrganisationForm, QualityArea, Region, LegalSource, Site, Locale, PageViewRestriction)
    for model in (*models, get_document_model()):
        for signal in (post_save, post_delete):
            uid = f"page-cache-{model.__name__}-{id(signal)}"
            signal.connect(everything_changed, sender=model, dispatch_uid=uid)
