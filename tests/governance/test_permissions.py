"""The permission matrix: each role × each action × each kind of content, in and out of the role's region.

The coordinator is Skåne's; "routine_out" is a routine in Stockholm. The translator translates into English.
"""

import pytest
from django.urls import resolve, reverse
from wagtail.models import Locale

from governance.translation_views import (
    LocaleScopedSubmitPageTranslationView,
    TaxonomySubmitSnippetTranslationView,
    translatable_locales,
)
from knowledge.models import OrganisationForm, QualityArea, Region
from methods.models import ExampleRoutinePage, RegionSectionPage

from .permissions import DENIED, N, Y, may_approve, outcome, routine_in

# (role, content) -> (edit, publish, moderate, may translate into the other language)
MATRIX = {
    ("national", "routine_in"): (Y, Y, Y, Y),
    ("national", "routine_out"): (Y, Y, Y, Y),
    ("national", "guide"): (Y, Y, Y, Y),
    ("national", "term"): (Y, Y, Y, Y),
    ("national", "routine_in_en"): (Y, Y, Y, Y),
    ("coordinator", "routine_in"): (Y, Y, Y, Y),
    ("coordinator", "routine_out"): (N, N, N, N),
    ("coordinator", "guide"): (Y, N, N, Y),  # proposes changes; national editors approve them
    ("coordinator", "term"): (Y, N, N, Y),
    ("coordinator", "routine_in_en"): (Y, Y, Y, Y),
    ("coordinator", "routine_out_en"): (N, N, N, N),
    ("translator", "routine_in"): (N, N, N, Y),
    ("translator", "routine_out"): (N, N, N, Y),
    ("translator", "guide"): (N, N, N, Y),
    ("translator", "term"): (N, N, N, Y),
    ("translator", "routine_in_en"): (Y, N, N, N),
    ("translator", "guide_en"): (Y, N, N, N),
    ("translator", "term_en"): (Y, N, N, N),
}


@pytest.mark.parametrize(("role", "kind"), list(MATRIX), ids=lambda value: str(value))
def test_permission_matrix(users, pages, role, kind):
    user, page = users[role], pages[kind]
    assert page is not None, kind
    edit, publish, moderate, translate = MATRIX[(role, kind)]
    permissions = page.permissions_for_user(user)
    other = Locale.objects.exclude(pk=page.locale_id).get(language_code__in=["sv", "en"])
    assert permissions.can_edit() is edit
    assert permissions.can_publish() is publish
    assert (other in translatable_locales(user, page)) is translate
    assert may_approve(user, page) is moderate


@pytest.mark.parametrize(
    ("role", "kind", "status"),
    [
        ("coordinator", "routine_in", 200),
        ("coordinator", "routine_out", DENIED),
        ("translator", "routine_in", DENIED),
        ("translator", "routine_in_en", 200),
        ("national", "guide", 200),
    ],
)
def test_edit_view_follows_the_matrix(client, users, pages, role, kind, status):
    client.force_login(users[role])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[pages[kind].pk]))
    assert outcome(response) == status


@pytest.mark.parametrize(
    ("role", "kind", "status"),
    [
        ("translator", "guide", 200),
        ("coordinator", "routine_in", 200),
        ("coordinator", "routine_out", DENIED),
        ("translator", "routine_in_en", DENIED),  # translating English into Swedish: not their language
    ],
)
def test_translation_view_is_limited_to_the_users_languages(client, users, pages, role, kind, status):
    client.force_login(users[role])
    url = reverse("wagtail_localize:submit_page_translation", args=[pages[kind].pk])
    assert resolve(url).func.view_class is LocaleScopedSubmitPageTranslationView
    assert outcome(client.get(url)) == status


def test_translator_cannot_create_a_swedish_page_by_posting(client, users, pages):
    english = pages["routine_in_en"]
    client.force_login(users["translator"])
    url = reverse("wagtail_localize:submit_page_translation", args=[english.pk])
    sv = Locale.objects.get(language_code="sv")
    before = ExampleRoutinePage.objects.filter(locale=sv).count()
    response = client.post(url, {"locales": [sv.pk]})
    assert outcome(response) == DENIED
    assert ExampleRoutinePage.objects.filter(locale=sv).count() == before


def test_translation_creates_the_page_in_the_translators_language(client, users, content):
    # A new Swedish routine in Skåne, not yet translated.
    source = routine_in("skane", "sv")
    section = source.get_parent()
    routine = ExampleRoutinePage(
        title="Ny rutin",
        slug="ny-rutin",
        summary="Test",
        purpose="<p>Syfte</p>",
        region=source.region,
        size_band="1-9",
        quality_area=source.quality_area,
        locale=content["sv"],
    )
    section.add_child(instance=routine)
    client.force_login(users["translator"])
    url = reverse("wagtail_localize:submit_page_translation", args=[routine.pk])
    response = client.post(url, {"locales": [content["en"].pk]})
    assert response.status_code == 302
    assert routine.has_translation(content["en"])


@pytest.mark.parametrize(
    ("role", "allowed"), [("national", True), ("coordinator", False), ("translator", False)]
)
@pytest.mark.parametrize("model", [OrganisationForm, QualityArea, Region])
def test_only_national_editors_manage_the_taxonomy(client, users, role, allowed, model):
    user = users[role]
    meta = model._meta
    for action in ("add", "change", "delete"):
        assert user.has_perm(f"{meta.app_label}.{action}_{meta.model_name}") is allowed
    client.force_login(user)
    response = client.get(reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list"))
    assert (response.status_code == 200) is allowed


@pytest.mark.parametrize(
    ("role", "status"), [("national", 200), ("coordinator", DENIED), ("translator", DENIED)]
)
def test_taxonomy_translation_needs_the_taxonomy_permission(client, users, content, role, status):
    area = QualityArea.objects.filter(locale=content["sv"]).first()
    client.force_login(users[role])
    url = reverse("wagtail_localize:submit_snippet_translation", args=["knowledge", "qualityarea", area.pk])
    assert resolve(url).func.view_class is TaxonomySubmitSnippetTranslationView
    assert outcome(client.get(url)) == status


@pytest.mark.parametrize(
    ("role", "allowed"), [("national", True), ("coordinator", False), ("translator", False)]
)
def test_only_national_editors_manage_search_promotions(users, role, allowed):
    assert users[role].has_perm("wagtailsearchpromotions.add_searchpromotion") is allowed


def test_a_new_region_gets_its_section_group_and_workflow(content):
    region = Region.objects.create(name="Testregion", slug="testregion")
    sections = RegionSectionPage.objects.filter(region=region)
    assert {section.locale.language_code for section in sections} == {"sv", "en"}
    roles = region.roles
    assert roles.coordinators.name.endswith("Testregion")
    assert all(section.get_workflow() == roles.workflow for section in sections)
