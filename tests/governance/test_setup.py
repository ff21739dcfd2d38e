"""The roles and the region sections are set up by idempotent commands; demo users are local only."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import GroupPagePermission, WorkflowPage

from contributions.models import ShareRoutinePage
from knowledge.models import Region
from methods.models import ExampleRoutinePage, RegionSectionPage
from starter.files import load_content


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


def wagtail_default_editors_group():
    """The "Editors" group as Wagtail's migrations leave it: admin access, the root page, every collection."""
    from django.contrib.auth.models import Permission
    from wagtail.models import Collection, GroupCollectionPermission, Page

    group, _created = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=Page.get_first_root_node(), permission=Permission.objects.get(codename=codename)
        )
    for codename in ("add_document", "change_document", "choose_document"):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(codename=codename),
        )
    return group


def test_leftover_editors_group_sees_no_private_documents(client, content):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from governance.models import RegionRoles
    from tests.governance.conftest import make_user

    private = RegionRoles.objects.get(region__slug="skane").attachments
    document = get_document_model()(title="Privat bilaga från Skåne", collection=private)
    document.file.save("privat.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    document.save()
    member = make_user("left-in-editors", wagtail_default_editors_group())
    client.force_login(member)
    assert "Privat bilaga från Skåne" in client.get("/admin/documents/").content.decode()  # the hole

    call_command("setup_roles", stdout=open("/dev/null", "w"))
    output = io.StringIO()
    call_command("setup_roles", stdout=output)  # idempotent
    # The operator is told who is left in an emptied group, without a role.
    assert "Editors" in output.getvalue() and "left-in-editors" in output.getvalue()

    listing = client.get("/admin/documents/")
    assert "Privat bilaga från Skåne" not in listing.content.decode()
    assert client.get(f"/admin/documents/edit/{document.pk}/").status_code in (302, 403)
    # The group stays, empty, while someone is in it; an empty one is deleted.
    editors = Group.objects.get(name="Editors")
    assert editors.permissions.count() == 0
    assert not GroupPagePermission.objects.filter(group=editors).exists()
    member.groups.clear()
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    document.file.delete(save=False)
