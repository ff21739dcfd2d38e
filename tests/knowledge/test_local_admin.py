"""`make run` prints the local admin login with the address the site is served on (KVN_HTTP_PORT)."""

from io import StringIO

import pytest
from django.core.management import call_command

from knowledge.management.commands import create_local_admin


@pytest.mark.django_db
def test_the_printed_admin_login_leads_to_the_port_the_site_is_served_on(settings, tmp_path, monkeypatch):
    settings.DEBUG = True
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8191"
    monkeypatch.setattr(create_local_admin, "PASSWORD_FILE", tmp_path / "password")
    out = StringIO()
    call_command("create_local_admin", stdout=out)
    password = (tmp_path / "password").read_text().strip()
    assert f"http://127.0.0.1:8191/admin/  user: admin  password: {password}" in out.getvalue()
