"""What the admin dashboard shows: pages a user owns that are due for review, and routines waiting for
moderation in a coordinator's region."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Locale, Page, WorkflowState, get_page_models

from knowledge.models import ReviewedPageMixin
from methods.models import ExampleRoutinePage, RegionSectionPage

from .models import RegionRoles
from .roles import NATIONAL_EDITORS


def reviewed_page_types():
    """Every page type with an owner and review dates (guides, routines, glossary terms, listings...)."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, ReviewedPageMixin) and not model._meta.abstract
    ]


DUE_WITHIN_DAYS = 30


def due_for_review(owner=None, today=None):
    """Live source-language pages whose next review is overdue or within 30 days, soonest first.

    Translations share the source's owner and date, so only the source is listed."""
    today = today or timezone.localdate()
    limit = today + datetime.timedelta(days=DUE_WITHIN_DAYS)
    pages = []
    for model in reviewed_page_types():
        queryset = model.objects.live().filter(
            locale=Locale.get_default(), next_review__isnull=False, next_review__lte=limit
        )
        if owner is not None:
            queryset = queryset.filter(content_owner=owner)
        pages.extend(queryset.select_related("content_owner"))
    return sorted(pages, key=lambda page: (page.next_review, page.title))


def moderated_regions(user):
    """The regions whose routines ``user`` moderates (all of them for national editors)."""
    roles = RegionRoles.objects.select_related("region")
    if not (user.is_superuser or user.groups.filter(name=NATIONAL_EDITORS).exists()):
        roles = roles.filter(coordinators__in=user.groups.all())
    return [role.region for role in roles]


def routines_waiting(user):
    """(workflow state, routine) pairs in moderation in the user's regions, oldest first."""
    regions = moderated_regions(user)
    if not regions:
        return []
    sections = RegionSectionPage.objects.filter(region__in=regions)
    routine_ids = set()
    for section in sections:
        routine_ids.update(ExampleRoutinePage.objects.descendant_of(section).values_list("pk", flat=True))
    states = (
        WorkflowState.objects.active()
        .filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(pk) for pk in routine_ids],
        )
        .order_by("created_at")
    )
    routines = ExampleRoutinePage.objects.select_related("region").in_bulk(
        [int(state.object_id) for state in states]
    )
    return [(state, routines[int(state.object_id)]) for state in states]


def translator_locales(user):
    """The languages ``user`` translates into, as a member of a translator group."""
    from .models import LocaleTranslators

    links = LocaleTranslators.objects.filter(group__in=user.groups.all()).select_related("locale")
    return [link.locale for link in links]


TRANSLATION_WORK_LIMIT = 30


def translation_work(user, limit=TRANSLATION_WORK_LIMIT):
    """(source page, language status) pairs that need a translator in ``user``'s languages: never translated
    (where their language's tree has the parent), untranslated segments, or a source changed since the last
    sync. Most of the work first: missing, then outdated, then the least translated drafts."""
    from .translation_status import DRAFT, MISSING, OUTDATED, page_statuses, source_pages

    locales = translator_locales(user)
    if not locales:
        return []
    live_sources = source_pages().live().specific()
    work = []
    for row in page_statuses(live_sources, locales):
        for locale in locales:
            status = row.languages[locale.language_code]
            if not status.needs_work:
                continue
            if status.status == DRAFT and status.progress is not None and not status.progress.missing:
                continue  # fully translated: waiting for review or publishing, not for the translator
            if status.status == MISSING:
                parent = row.source.get_parent()
                if parent.get_translation_or_none(locale) is None:
                    continue  # the parent must be translated first
            work.append((row.source, locale, status))
    order = {MISSING: 0, OUTDATED: 1, DRAFT: 2}
    work.sort(
        key=lambda item: (order.get(item[2].status, 3), item[2].progress.share if item[2].progress else 0)
    )
    return work[:limit]
