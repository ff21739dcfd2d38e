"""Helpers shared by the two permission matrices (test_permissions.py, test_role_actions.py)."""

from django.urls import reverse

from methods.models import ExampleRoutinePage, RegionSectionPage

Y, N = True, False
DENIED = "denied"


def routine_in(region_slug, language):
    """The first live routine in ``region_slug``'s section in ``language``."""
    section = RegionSectionPage.objects.get(region__slug=region_slug, locale__language_code=language)
    return ExampleRoutinePage.objects.child_of(section).live().first()


def refused(response):
    """Wagtail refuses with a 403 or with a redirect to the dashboard (and a message)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def outcome(response):
    """The status code, or DENIED when the admin refused."""
    return DENIED if refused(response) else response.status_code


def may_approve(user, page):
    """Whether ``user`` may approve ``page`` once it is in its moderation workflow (submits it first)."""
    page.save_revision()
    state = page.get_workflow().start(page, user=None)
    task = state.current_task_state.task.specific
    return "approve" in [name for name, *_rest in task.get_actions(page, user)]
