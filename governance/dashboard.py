"""What the admin dashboard shows: pages a user owns that are due for review, and routines waiting for
moderation in a coordinator's region."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Locale, Page, WorkflowState

from knowledge.models import StandardPage
from methods.models import ExampleRoutinePage, MethodGuidePage, RegionSectionPage

from .models import RegionRoles
from .roles import NATIONAL_EDITORS

REVIEWED_PAGE_TYPES = (MethodGuidePage, ExampleRoutinePage, StandardPage)
DUE_WITHIN_DAYS = 30


def due_for_review(owner=None, today=None):
    """Live source-language pages whose next review is overdue or within 30 days, soonest first.

    Translations share the source's owner and date, so only the source is listed."""
    today = today or timezone.localdate()
    limit = today + datetime.timedelta(days=DUE_WITHIN_DAYS)
    pages = []
    for model in REVIEWED_PAGE_TYPES:
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
