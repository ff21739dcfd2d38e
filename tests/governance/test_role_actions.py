"""The permission matrix, part two: what each role can *do* to a page through the admin's own views, in the
Swedish and the English tree. Each cell logs in as a member of the real groups (``setup_roles``) and tries the
action the way the admin's buttons do; a refused action must change nothing.

The coordinator is Skåne's ("routine_out" is in Stockholm); the translator translates into English.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from .permissions import N, Y, may_approve, refused

ACTIONS = ("publish", "convert_to_alias", "unpublish", "delete", "move", "submit_translation")

# (role, content) -> allowed per ACTIONS; convert_to_alias and submit_translation concern translations only
# (None for Swedish source pages).
MATRIX = {
    ("national", "routine_in"): (Y, None, Y, Y, Y, None),
    ("national", "guide"): (Y, None, Y, Y, Y, None),
    ("national", "term"): (Y, None, Y, Y, Y, None),
    ("national", "routine_in_en"): (Y, Y, Y, Y, Y, Y),
    ("national", "guide_en"): (Y, Y, Y, Y, Y, Y),
    ("national", "term_en"): (Y, Y, Y, Y, Y, Y),
    ("coordinator", "routine_in"): (Y, None, Y, Y, Y, None),
    ("coordinator", "routine_out"): (N, None, N, N, N, None),
    ("coordinator", "guide"): (N, None, N, N, N, None),
    ("coordinator", "term"): (N, None, N, N, N, None),
    ("coordinator", "routine_in_en"): (Y, Y, Y, Y, Y, Y),
    ("coordinator", "routine_out_en"): (N, N, N, N, N, N),
    ("coordinator", "guide_en"): (N, N, N, N, N, Y),  # proposes; national editors approve
    ("translator", "routine_in"): (N, None, N, N, N, None),
    ("translator", "guide"): (N, None, N, N, N, None),
    ("translator", "term"): (N, None, N, N, N, None),
    ("translator", "routine_in_en"): (N, N, N, N, N, Y),
    ("translator", "routine_out_en"): (N, N, N, N, N, Y),
    ("translator", "guide_en"): (N, N, N, N, N, Y),
    ("translator", "term_en"): (N, N, N, N, N, Y),
}


def state_of(page):
    page = Page.objects.get(pk=page.pk)
    return (page.live, page.alias_of_id, page.path, page.latest_revision_id)


def try_publish(client, page):
    # The translation editor's "Publish in English" (a source page's editor needs the whole form; a
    # publish there is the same permission, checked in test_permissions.py).
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})
    return response


def try_convert_to_alias(client, page):
    return client.get(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))


def try_unpublish(client, page):
    return client.get(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))


def try_delete(client, page):
    return client.get(reverse("wagtailadmin_pages:delete", args=[page.pk]))


def try_move(client, page):
    return client.get(reverse("wagtailadmin_pages:move", args=[page.pk]))


def try_submit_translation(client, page):
    return client.post(reverse("governance_submit_translation_for_review", args=[page.pk]))


ATTEMPTS = {
    "publish": try_publish,
    "convert_to_alias": try_convert_to_alias,
    "unpublish": try_unpublish,
    "delete": try_delete,
    "move": try_move,
    "submit_translation": try_submit_translation,
}

CELLS = [
    (role, kind, action, allowed)
    for (role, kind), row in MATRIX.items()
    for action, allowed in zip(ACTIONS, row, strict=True)
    if allowed is not None and not (action == "publish" and not kind.endswith("_en"))
]


@pytest.mark.parametrize(("role", "kind", "action", "allowed"), CELLS, ids=str)
def test_role_can_only_do_what_the_matrix_says(client, users, pages, role, kind, action, allowed):
    page = pages[kind]
    assert page is not None, kind
    before = state_of(page)
    client.force_login(users[role])
    response = ATTEMPTS[action](client, page)
    assert response.status_code < 500
    assert refused(response) is not allowed, (response.status_code, getattr(response, "url", ""))
    if not allowed:
        assert state_of(page) == before
        assert not WorkflowState.objects.filter(object_id=str(page.pk)).active().exists()


@pytest.mark.parametrize(
    ("role", "kind", "allowed"),
    [
        ("national", "guide_en", Y),
        ("national", "routine_out_en", Y),
        ("coordinator", "routine_in_en", Y),
        ("coordinator", "routine_out_en", N),
        ("coordinator", "guide_en", N),
        ("translator", "guide_en", N),
        ("translator", "routine_in_en", N),
    ],
)
def test_who_approves_a_submitted_translation(users, pages, role, kind, allowed):
    assert may_approve(users[role], pages[kind]) is allowed


# Admin areas outside the page tree: role -> allowed, checked through each area's own listing view.
AREAS = {
    "manage_synonyms": "wagtailsnippets_site_search_synonymgroup:list",
    "manage_promotions": "wagtailsearchpromotions:index",
    "view_submissions": "routine_submissions:index",
    "search_report": "search_query_report",
    "translation_report": "governance_translation_report",
}
AREA_MATRIX = {
    "national": dict.fromkeys(AREAS, Y),
    "coordinator": {**dict.fromkeys(AREAS, N), "view_submissions": Y},
    "translator": dict.fromkeys(AREAS, N),
}


@pytest.mark.parametrize("area", list(AREAS))
@pytest.mark.parametrize("role", list(AREA_MATRIX))
def test_admin_areas_follow_the_matrix(client, users, role, area):
    client.force_login(users[role])
    response = client.get(reverse(AREAS[area]))
    assert response.status_code < 500
    assert (response.status_code == 200) is AREA_MATRIX[role][area], response.status_code


@pytest.mark.parametrize(("role", "allowed"), [("national", Y), ("coordinator", N), ("translator", N)])
def test_only_national_editors_add_synonyms_and_promotions(users, role, allowed):
    user = users[role]
    for codename in (
        "site_search.add_synonymgroup",
        "site_search.change_synonymgroup",
        "wagtailsearchpromotions.add_searchpromotion",
        "wagtailsearchpromotions.add_query",
    ):
        assert user.has_perm(codename) is allowed, codename
