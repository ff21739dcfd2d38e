"""The roles and the region sections are set up by idempotent commands; demo users are local only."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import GroupPagePermission, WorkflowPage

from contributions.models import ShareRoutinePage
from knowledge.models import Region
from methods.models import ExampleRoutinePage, RegionSectionPage
from methods.starter.files import load_content


def test_every_region_has_a_section_in_both_languages(content):
    regions = Region.objects.count()
    assert regions == 21
    for language in ("sv", "en"):
        assert RegionSectionPage.objects.filter(locale=content[language]).count() == regions


@pytest.mark.parametrize("language", ["sv", "en"])
def test_starter_routines_sit_in_their_regions_section(content, language):
    routines = ExampleRoutinePage.objects.filter(locale=content[language]).select_related("region")
    assert routines.count() == len(load_content().routines)
    for routine in routines:
        assert routine.get_parent().specific.region == routine.region


def test_region_section_leads_to_the_filtered_listing(client, content):
    section = RegionSectionPage.objects.get(region__slug="skane", locale=content["sv"])
    response = client.get(section.url)
    assert response.status_code == 302
    assert response["Location"].endswith("/sv/exempelrutiner/?region=skane")


def test_share_page_exists_in_both_languages(content):
    assert {page.locale.language_code for page in ShareRoutinePage.objects.live()} == {"sv", "en"}


def test_setup_roles_is_idempotent(content):
    def counts():
        return Group.objects.count(), GroupPagePermission.objects.count(), WorkflowPage.objects.count()

    before = counts()
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    assert counts() == before


def test_demo_users_refuse_to_run_without_debug(content):
    with pytest.raises(CommandError, match="local development only"):
        call_command("create_demo_users", stdout=open("/dev/null", "w"))


def test_demo_users_get_one_role_each(content, tmp_path, monkeypatch):
    from governance.management.commands import create_demo_users

    monkeypatch.setattr(create_demo_users, "PASSWORD_FILE", tmp_path / "passwords")
    with override_settings(DEBUG=True):
        call_command("create_demo_users", stdout=open("/dev/null", "w"))
        call_command("create_demo_users", stdout=open("/dev/null", "w"))  # idempotent
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(username__in=["redaktor", "samordnare-skane", "oversattare-en"])
    assert {user.username: user.groups.count() for user in users} == {
        "redaktor": 1,
        "samordnare-skane": 1,
        "oversattare-en": 1,
    }
    assert (tmp_path / "passwords").stat().st_mode & 0o077 == 0
