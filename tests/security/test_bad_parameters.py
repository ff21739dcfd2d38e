"""A NUL character in an address or its parameters is answered 400 with a message, on every URL: PostgreSQL
cannot compare text with NUL in it, so it would otherwise reach the database and fail there (found by a fuzz
run: /api/v2/pages/find/?html_path=%00 gave a 500 on the production stack). Run on PostgreSQL too (make
test-postgres)."""

import pytest
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/find/?html_path=%22%00",
        "/api/v2/pages/?search=a%00b",
        "/sv/sok/?q=arbete%00",
        "/sv/exempelrutiner/?region=%00",
        "/sv/?%00=1",
    ],
)
@pytest.mark.parametrize("active_language", ["sv", "en"])
def test_a_nul_character_in_the_parameters_is_a_400(client, url, active_language):
    """In Swedish and English, whichever language the thread last served (the refusal comes before the
    request's language is chosen)."""
    with translation.override(active_language):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 400
    text = response.content.decode()
    assert "tecken som inte är tillåtet" in text and "character" in text


def test_parameters_without_nul_are_served_as_before(client):
    assert client.get("/sv/sok/?q=arbete", HTTP_ACCEPT_LANGUAGE="sv").status_code == 200
