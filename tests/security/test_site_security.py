"""security.txt, and the check that stops production while local accounts exist."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.checks import run_checks
from django.utils import timezone

from knowledge.local_accounts import local_email
from security.checks import UNSAFE_START

pytestmark = pytest.mark.django_db


def test_security_txt_has_the_rfc_9116_fields(client, settings):
    settings.SECURITY_CONTACT = [
        "mailto:security@kvalitetsnavet.example",
        "https://kvalitetsnavet.example/kontakt",
    ]
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = [line.split(": ", 1) for line in response.content.decode().splitlines()]
    assert ["Contact", "mailto:security@kvalitetsnavet.example"] in fields
    assert ["Contact", "https://kvalitetsnavet.example/kontakt"] in fields
    assert ["Canonical", "http://testserver/.well-known/security.txt"] in fields
    [expires] = [value for name, value in fields if name == "Expires"]
    expires = datetime.datetime.fromisoformat(expires)
    assert timezone.now() < expires < timezone.now() + datetime.timedelta(days=365)


def test_security_txt_is_absent_without_a_contact(client, settings):
    settings.SECURITY_CONTACT = []
    assert client.get("/.well-known/security.txt").status_code == 404


def unsafe_start_errors():
    return run_checks(tags=[UNSAFE_START], databases=["default"])


@pytest.mark.parametrize("username", ["admin", "redaktor"])
def test_local_accounts_stop_production(settings, username):
    settings.LOCAL_ACCOUNTS_ALLOWED = False
    assert unsafe_start_errors() == []
    get_user_model().objects.create_user(username, local_email(username), "printed")
    [error] = unsafe_start_errors()
    assert error.id == "site_security.E001"
    assert username in error.msg


def test_local_admin_with_the_printed_password_is_found_without_its_address(settings, tmp_path, monkeypatch):
    """Someone changed the e-mail address but kept the password `make setup` printed."""
    from knowledge import local_accounts

    printed = tmp_path / "password"
    printed.write_text("printed-password\n")
    monkeypatch.setattr(local_accounts, "ADMIN_PASSWORD_FILE", printed)
    settings.LOCAL_ACCOUNTS_ALLOWED = False
    user = get_user_model().objects.create_superuser(
        "admin", "real@kvalitetsnavet.example", "printed-password"
    )
    assert [error.id for error in unsafe_start_errors()] == ["site_security.E001"]
    user.set_password("a-new-secret-password")
    user.save()
    assert unsafe_start_errors() == []


def test_development_allows_local_accounts(settings):
    settings.LOCAL_ACCOUNTS_ALLOWED = True
    get_user_model().objects.create_user("admin", local_email("admin"), "printed")
    assert unsafe_start_errors() == []
