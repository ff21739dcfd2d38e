"""Content governance: the dashboard shows owners their pages due for review and coordinators the routines
waiting in their region; review_reminders e-mails owners once per interval."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from governance.models import ReviewReminder
from methods.models import ExampleRoutinePage, MethodGuidePage, RegionSectionPage
from tests.governance.conftest import make_user


def set_review(page, owner, days_from_today):
    page.content_owner = owner
    page.next_review = timezone.localdate() + datetime.timedelta(days=days_from_today)
    page.save_revision().publish()
    return page


@pytest.fixture
def owner(content):
    return make_user("owner")


@pytest.fixture
def guides(content):
    return list(MethodGuidePage.objects.live().filter(locale=content["sv"]).order_by("pk")[:3])


def test_dashboard_lists_own_overdue_and_soon_due_pages(client, national_editor, guides):
    overdue, soon, later = guides
    set_review(overdue, national_editor, -3)
    set_review(soon, national_editor, 20)
    set_review(later, national_editor, 90)
    client.force_login(national_editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Dina sidor att granska" in html
    panel = html.split("Dina sidor att granska")[1].split("</table>")[0]
    assert overdue.title in panel and soon.title in panel
    assert later.title not in panel
    assert "Försenad" in html


def test_dashboard_does_not_list_other_peoples_pages(client, national_editor, owner, guides):
    set_review(guides[0], owner, -3)
    client.force_login(national_editor)
    assert "Dina sidor att granska" not in client.get(reverse("wagtailadmin_home")).content.decode()


def waiting_routine(region_slug, content):
    section = RegionSectionPage.objects.get(region__slug=region_slug, locale=content["sv"])
    model = ExampleRoutinePage.objects.child_of(section).first()
    routine = ExampleRoutinePage(
        title=f"Väntande rutin i {region_slug}",
        slug=f"vantande-{region_slug}",
        summary="Test",
        purpose="<p>Syfte</p>",
        region=model.region,
        size_band="1-9",
        quality_area=model.quality_area,
        locale=content["sv"],
        live=False,
    )
    section.add_child(instance=routine)
    routine.save_revision()
    routine.get_workflow().start(routine, user=None)
    return routine


def test_coordinators_see_the_submissions_waiting_in_their_region_only(client, coordinator, content):
    mine = waiting_routine("skane", content)
    other = waiting_routine("stockholm", content)
    client.force_login(coordinator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Inskickade rutiner som väntar i din region" in html
    assert mine.title in html
    assert other.title not in html


def test_review_reminders_once_per_day_and_again_after_the_interval(owner, guides):
    owner.email = "owner@example.invalid"
    owner.save()
    set_review(guides[0], owner, -1)
    set_review(guides[1], owner, 10)
    set_review(guides[2], owner, 60)
    mail.outbox.clear()

    call_command("review_reminders", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert mail.outbox[0].to == ["owner@example.invalid"]
    assert guides[0].title in body and guides[1].title in body and guides[2].title not in body
    assert f"/admin/pages/{guides[0].pk}/edit/" in body

    call_command("review_reminders", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1, "a second run the same day sends nothing"
    assert ReviewReminder.objects.filter(owner=owner).count() == 2

    # After the interval the pages, still due, are mentioned again.
    ReviewReminder.objects.update(sent_on=timezone.localdate() - datetime.timedelta(days=1))
    with override_settings(REVIEW_REMINDER_EVERY_DAYS=1):
        call_command("review_reminders", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 2
