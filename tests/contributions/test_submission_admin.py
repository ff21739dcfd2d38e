"""Submitted routines in the admin: coordinators read their own region's (with the contact address), national
editors all; nobody edits them; deletion works; the retention period is shown; a routine sent in English is
flagged until it has a Swedish page."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from contributions.models import RoutineSubmission, ShareRoutinePage
from governance.models import LocaleTranslators, RegionRoles
from governance.roles import NATIONAL_EDITORS
from methods.models import MethodGuidePage
from tests.contributions.test_submission import post
from tests.governance.conftest import make_user


@pytest.fixture
def people(content):
    return {
        "national": make_user("national", Group.objects.get(name=NATIONAL_EDITORS)),
        "skane": make_user("skane", RegionRoles.objects.get(region__slug="skane").coordinators),
        "stockholm": make_user("stockholm", RegionRoles.objects.get(region__slug="stockholm").coordinators),
        "translator": make_user(
            "translator", LocaleTranslators.objects.get(locale__language_code="en").group
        ),
    }


@pytest.fixture
def submission(client, content, valid):
    share = ShareRoutinePage.objects.live().get(locale=content["sv"])
    assert post(client, share, valid).status_code == 303
    return RoutineSubmission.objects.get(contact_email=valid["contact_email"])


@pytest.fixture
def english_submission(client, content, valid):
    share = ShareRoutinePage.objects.live().get(locale=content["en"])
    data = {**valid, "contact_email": "english@testgarden.example", "title": "Welcome talk routine"}
    guide = MethodGuidePage.objects.live().filter(locale=content["en"]).first()
    data["guides"] = [str(guide.pk)]
    response = post(client, share, data, address="10.0.0.2")
    assert response.status_code == 303, response.content.decode()[:3000]
    return RoutineSubmission.objects.get(contact_email="english@testgarden.example")


def index_url():
    return reverse("routine_submissions:index")


@pytest.mark.parametrize(
    ("role", "sees"), [("national", True), ("skane", True), ("stockholm", False), ("translator", False)]
)
def test_contact_address_is_visible_to_the_regions_moderators_only(client, people, submission, role, sees):
    client.force_login(people[role])
    listing = client.get(index_url())
    inspect = client.get(reverse("routine_submissions:inspect", args=[submission.pk]))
    assert (submission.contact_email in listing.content.decode()) is sees
    assert (inspect.status_code == 200 and submission.contact_email in inspect.content.decode()) is sees


def test_nobody_edits_a_submission_not_even_a_superuser(client, admin_user, submission):
    client.force_login(admin_user)
    assert client.get(reverse("routine_submissions:edit", args=[submission.pk])).status_code in (302, 403)
    assert client.get(reverse("routine_submissions:add")).status_code in (302, 403)


def test_coordinator_deletes_a_submission_of_their_region(client, people, submission):
    client.force_login(people["stockholm"])
    client.post(reverse("routine_submissions:delete", args=[submission.pk]))
    assert RoutineSubmission.objects.filter(pk=submission.pk).exists()
    client.force_login(people["skane"])
    response = client.post(reverse("routine_submissions:delete", args=[submission.pk]))
    assert response.status_code == 302
    assert not RoutineSubmission.objects.filter(pk=submission.pk).exists()


def test_retention_period_is_shown(client, people, submission, settings):
    settings.SUBMISSION_RETENTION_DAYS = 200
    client.force_login(people["skane"])
    html = client.get(index_url()).content.decode()
    assert "rensas 200 dagar efter" in html


def test_a_routine_sent_in_english_is_flagged_until_it_has_a_swedish_page(
    client, people, content, english_submission
):
    page = english_submission.page
    assert page.locale == content["en"]
    client.force_login(people["skane"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "behöver översättas till svenska" in dashboard
    assert page.title in dashboard
    # The coordinator translates it into Swedish (a draft); the flag goes.
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [content["sv"].pk]}
    )
    assert response.status_code == 302
    assert page.has_translation(content["sv"])
    assert "behöver översättas till svenska" not in client.get(reverse("wagtailadmin_home")).content.decode()
