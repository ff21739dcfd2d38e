"""Two app servers (gunicorn, production settings) sharing the database and Redis behave as one site: a
page published through one is served in its new version by the other at once, although the other had it
in the page cache."""

import contextlib
import http.cookiejar
import os
import re
import urllib.parse
import urllib.request

import pytest

from scripts import servers
from tests.operations.appserver import free_port, gunicorn, manage, production_env, shared_database_env

PREPARE = """
from django.contrib.auth import get_user_model
from methods.models import MethodGuidePage
get_user_model().objects.create_superuser("redaktor14", "r@example.org", "ett-langt-losenord-14")
guide = MethodGuidePage.objects.live().filter(locale__language_code="sv").first()
guide.title = "Ny rubrik publicerad via den andra servern"
guide.save_revision()
print("PAGE", guide.pk, guide.url)
"""


def browser():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def post(opener, url, fields):
    with opener.open(url) as response:
        token = csrf_token(response.read().decode())
    data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token}).encode()
    with opener.open(urllib.request.Request(url, data=data, headers={"Referer": url})) as response:
        return response.status


@pytest.mark.production_stack
def test_a_page_published_through_one_server_is_served_new_by_the_other(starter_content, tmp_path):
    env = {**production_env(tmp_path), **shared_database_env(tmp_path)}
    with contextlib.ExitStack() as stack:
        env["REDIS_URL"] = os.environ.get("REDIS_URL") or stack.enter_context(servers.redis(port=free_port()))
        manage(env, "collectstatic", "--noinput", "-v0")
        output = manage(env, "shell", "-c", PREPARE)
        page_id, path = re.search(r"^PAGE (\d+) (\S+)$", output, re.MULTILINE).groups()
        one = stack.enter_context(gunicorn(env, workers=1))
        other = stack.enter_context(gunicorn(env, workers=1))

        reader = browser()
        reader.open(other + path).read()
        with reader.open(other + path) as response:
            assert response.headers["X-Page-Cache"] == "hit"
            assert "Ny rubrik publicerad via den andra servern" not in response.read().decode()

        editor = browser()
        post(editor, one + "/admin/login/", {"username": "redaktor14", "password": "ett-langt-losenord-14"})
        post(editor, f"{one}/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/", {})

        with reader.open(other + path) as response:
            assert "Ny rubrik publicerad via den andra servern" in response.read().decode()
