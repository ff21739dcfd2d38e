"""Production settings, run in a process of their own: `check --deploy` is clean, every response carries the
security headers, plain HTTP is redirected to HTTPS behind the proxy, and the site refuses to start while
the local admin or demo users exist."""

import pytest

from tests.helpers import page_in

from .production import HOST, copy_test_database, fetch, production_env, run

pytestmark = pytest.mark.django_db


@pytest.fixture
def env(tmp_path, content):
    return production_env(tmp_path, copy_test_database(tmp_path))


def test_check_deploy_finds_nothing(env):
    # REDIS_URL: the rate limit's counts must be shared (site_security.W002); the check does not connect.
    result = run(
        {**env, "REDIS_URL": "redis://127.0.0.1:6379/0"}, "check", "--deploy", "--fail-level", "WARNING"
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_without_redis_finds_the_cache_shared_on_this_machine(env):
    # Without REDIS_URL the cache is a folder every process on the machine shares, not one per process.
    result = run(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "site_security.W002" not in result.stderr + result.stdout


def test_check_warns_about_a_cache_of_each_process_its_own(settings):
    from security.checks import shared_cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [warning.id for warning in shared_cache()] == ["site_security.W002"]


def test_guide_page_sends_the_security_headers(env):
    from methods.models import MethodGuidePage

    guide = page_in(MethodGuidePage, "sv", slug="avvikelsehantering").url
    [response] = fetch(env, [(guide, {"HTTP_X_FORWARDED_PROTO": "https"})])
    assert response["status"] == 200
    headers = response["headers"]
    policy = dict(
        (*part.strip().split(" ", 1), "")[:2] for part in headers["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert "unsafe" not in headers["Content-Security-Policy"]
    assert "upgrade-insecure-requests" in headers["Content-Security-Policy"]
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in headers["Permissions-Policy"]
    assert "geolocation=()" in headers["Permissions-Policy"]


def test_plain_http_behind_the_proxy_is_redirected_to_https(env):
    [plain, tls] = fetch(
        env, [("/sv/", {"HTTP_X_FORWARDED_PROTO": "http"}), ("/sv/", {"HTTP_X_FORWARDED_PROTO": "https"})]
    )
    assert plain["status"] == 301
    assert plain["headers"]["Location"] == f"https://{HOST}/sv/"
    assert tls["status"] == 200


def test_proxy_header_name_comes_from_the_environment(tmp_path, content):
    env = production_env(tmp_path, copy_test_database(tmp_path), SECURE_PROXY_SSL_HEADER="X-Scheme")
    [ignored, trusted] = fetch(
        env, [("/sv/", {"HTTP_X_FORWARDED_PROTO": "https"}), ("/sv/", {"HTTP_X_SCHEME": "https"})]
    )
    assert ignored["status"] == 301
    assert trusted["status"] == 200


def test_admin_has_its_own_policy_and_may_frame_itself(env):
    [login] = fetch(env, [("/admin/login/", {"HTTP_X_FORWARDED_PROTO": "https"})])
    assert login["status"] == 200
    policy = login["headers"]["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "script-src 'self' 'unsafe-inline'" in policy


LOCAL_ADMIN = """
import django
django.setup()
from django.contrib.auth import get_user_model
from knowledge.local_accounts import local_email
get_user_model().objects.create_superuser("admin", local_email("admin"), "printed-password")
"""
START = "import config.wsgi"


def test_production_refuses_to_start_while_the_local_admin_exists(tmp_path, env):
    dev = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    assert run(dev, code=LOCAL_ADMIN).returncode == 0

    refused = run(env, code=START)
    assert refused.returncode != 0
    assert "site_security.E001" in refused.stderr
    assert "admin" in refused.stderr
    # migrate runs the same check, so a deploy script stops too.
    assert run(env, "migrate", "--noinput").returncode != 0

    removed = run(env, "remove_local_accounts")
    assert removed.returncode == 0, removed.stderr
    started = run(env, code=START)
    assert started.returncode == 0, started.stderr
