"""Readers see who owns a page's content by a person's or team's name, never by a login name."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories import MethodGuidePageFactory, site_tree


@pytest.fixture
def guide(db):
    return MethodGuidePageFactory(parent=site_tree().methods)


def owner_line(client, page):
    html = client.get(page.url).content.decode()
    start = html.index('class="review-info"')
    return html[start : html.index("</p>", start)]


def test_an_owner_without_a_name_is_shown_as_the_editorial_team_not_by_username(client, guide):
    guide.content_owner = get_user_model().objects.create_user("samordnare-x", "x@example.invalid", "pw")
    guide.save()
    line = owner_line(client, guide)
    assert "samordnare-x" not in line
    assert "Kvalitetsnavets redaktion" in line


def test_an_owner_with_a_name_is_shown_by_that_name(client, guide):
    guide.content_owner = get_user_model().objects.create_user(
        "alind", "a@example.invalid", "pw", first_name="Anna", last_name="Lind"
    )
    guide.save()
    line = owner_line(client, guide)
    assert "Anna Lind" in line
    assert "alind" not in line
