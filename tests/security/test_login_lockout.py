"""Login lockout (django-axes) on the admin's login and the front end's, with the client's real address
behind a proxy."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

pytestmark = pytest.mark.django_db

ADMIN_LOGIN = "/admin/login/"
FRONT_LOGIN = "/sv/_util/login/"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("editor", "editor@kvalitetsnavet.example", "right-password")


def attempt(client, url, password, address="10.0.0.1", username="editor", **headers):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


@pytest.mark.parametrize("url", [ADMIN_LOGIN, FRONT_LOGIN])
def test_wrong_passwords_lock_the_account_from_that_address(client, editor, settings, url):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        assert attempt(client, url, "wrong").status_code == 200  # the form again, with its error
    locked = attempt(client, url, "wrong")
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Inloggningen är spärrad" in html
    assert "15 minuter" in html
    assert locked["Retry-After"] == "900"
    # Even the right password is refused while the lock lasts.
    assert attempt(client, url, "right-password").status_code == 429
    # The same account from another address, and another account from this one, are not locked.
    assert attempt(client, url, "right-password", address="10.0.0.2").status_code == 302
    get_user_model().objects.create_user("other", "other@kvalitetsnavet.example", "other-password")
    assert attempt(client, url, "other-password", username="other").status_code == 302


def test_lockout_message_is_translated(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 1
    locked = attempt(client, "/en/_util/login/", "wrong")
    assert locked.status_code == 429
    assert "Login is locked" in locked.content.decode()


def test_a_successful_login_clears_the_failures(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        attempt(client, ADMIN_LOGIN, "wrong")
    assert attempt(client, ADMIN_LOGIN, "right-password").status_code == 302
    client.logout()
    for _ in range(2):
        assert attempt(client, ADMIN_LOGIN, "wrong").status_code == 200


@override_settings(TRUSTED_PROXY_COUNT=1, TRUSTED_PROXIES=["192.0.2.10"])
def test_behind_a_proxy_the_lock_follows_the_client_not_the_proxy(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 2
    proxy = "192.0.2.10"
    for forged in ("1.1.1.1", "2.2.2.2"):
        # What the client writes itself (left of the proxy's entry) changes nothing.
        response = attempt(
            client, ADMIN_LOGIN, "wrong", address=proxy, HTTP_X_FORWARDED_FOR=f"{forged}, 203.0.113.5"
        )
    assert response.status_code == 429
    # Another client behind the same proxy logs in.
    other = attempt(client, ADMIN_LOGIN, "right-password", address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert other.status_code == 302


@override_settings(TRUSTED_PROXY_COUNT=1, TRUSTED_PROXIES=["192.0.2.10"])
@pytest.mark.parametrize("url", [ADMIN_LOGIN, FRONT_LOGIN])
def test_reached_directly_a_forged_forwarded_for_does_not_dodge_the_lock(client, editor, settings, url):
    # The app server's port is reachable without the proxy: whatever X-Forwarded-For the attacker writes,
    # the lock counts the address the request really came from.
    settings.AXES_FAILURE_LIMIT = 3
    statuses = [
        attempt(client, url, "wrong", address="203.0.113.99", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
        for number in range(4)
    ]
    assert statuses[-1].status_code == 429


def test_front_end_login_without_next_goes_home(client, editor):
    response = attempt(client, FRONT_LOGIN, "right-password")
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="sv").status_code == 302  # to /sv/, never /accounts/profile/
