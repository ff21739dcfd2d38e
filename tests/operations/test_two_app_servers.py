"""Two app servers (gunicorn, production settings) sharing the database and Redis behave as one site: a
page published through one is served in its new version by the other at once, although the other had it
in the page cache; so are the parts each process keeps in memory (the menu, the language switcher, a
guide's related lists, the home page's latest guides) after a publish, a taxonomy label edit, a move, an
unpublish and a view restriction made in the first server's admin."""

import contextlib
import html
import http.cookiejar
import json
import os
import re
import urllib.error
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


# Pages the second test changes through the admin, and their state before, so that it can be put back: on
# PostgreSQL the servers share the session's test database with the tests that follow.
PREPARE_STRUCTURE = """
import json
from django.contrib.auth import get_user_model
from methods.models import ExampleRoutinePage, MethodGuidePage, MethodIndexPage
from wagtail.models import Page

User = get_user_model()
if not User.objects.filter(username="redaktor14s").exists():
    User.objects.create_superuser("redaktor14s", "s@example.org", "ett-langt-losenord-14s")
sv_guides = MethodGuidePage.objects.live().filter(locale__language_code="sv")
routine = next(
    r for r in ExampleRoutinePage.objects.live().filter(locale__language_code="sv").order_by("path")
    if r.guide_links.filter(guide__locale__language_code="sv").exists()
)
guide = routine.guide_links.filter(guide__locale__language_code="sv").first().guide.specific
other = next(
    g for g in sv_guides.filter(quality_area=guide.quality_area).exclude(pk=guide.pk).order_by("path")
    if g.get_translations().live().filter(locale__language_code="en").exists()
)
other_en = other.get_translations().live().get(locale__language_code="en")
section = routine.get_parent()
new_section = section.get_siblings(inclusive=False).live().first()
methods = MethodIndexPage.objects.live().get(locale__language_code="sv")
area = guide.quality_area
state = {
    "guide": [guide.pk, guide.url], "routine": [routine.pk, routine.url, routine.slug],
    "section": section.pk, "new_section": [new_section.pk, new_section.url],
    "other": [other.pk, other.url, other.title, other.live_revision_id], "other_en": other_en.url,
    "methods": [methods.pk, methods.title, methods.live_revision_id],
    "area": [area.pk, area.name, area.slug, area.description, area.sort_order],
}
other.title, other.slug = "Guide publicerad via server ett", "guide-publicerad-via-server-ett"
other.save_revision()
methods.title = "Metodhandledningar via server ett"
methods.save_revision()
print("STATE", json.dumps(state))
"""

RESTORE_STRUCTURE = """
from knowledge.models import QualityArea
from wagtail.models import Page, PageViewRestriction, Revision

state = {state!r}
PageViewRestriction.objects.filter(page_id=state["guide"][0]).delete()
pk, name, slug, description, sort_order = state["area"]
QualityArea.objects.filter(pk=pk).update(name=name, slug=slug, description=description, sort_order=sort_order)
routine = Page.objects.get(pk=state["routine"][0])
if routine.get_parent().pk != state["section"]:
    routine.move(Page.objects.get(pk=state["section"]), pos="last-child")
Revision.objects.get(pk=state["other"][3]).publish()
Revision.objects.get(pk=state["methods"][2]).publish()
"""


def admin_post(opener, jar, url, fields):
    """POST to the admin with the CSRF cookie's token (some admin views answer JSON, not a form page)."""
    token = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
    data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token}, doseq=True).encode()
    with opener.open(urllib.request.Request(url, data=data, headers={"Referer": url})) as response:
        response.read()
        return response.geturl()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def anonymous_status(url):
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def read(opener, url):
    with opener.open(url) as response:
        return html.unescape(response.read().decode())


@pytest.mark.production_stack
def test_what_each_server_keeps_in_memory_follows_changes_made_in_the_other_servers_admin(
    starter_content, tmp_path
):
    env = {**production_env(tmp_path), **shared_database_env(tmp_path)}
    with contextlib.ExitStack() as stack:
        env["REDIS_URL"] = os.environ.get("REDIS_URL") or stack.enter_context(servers.redis(port=free_port()))
        manage(env, "collectstatic", "--noinput", "-v0")
        output = manage(env, "shell", "-c", PREPARE_STRUCTURE)
        state = json.loads(re.search(r"^STATE (.+)$", output, re.MULTILINE).group(1))
        stack.callback(manage, env, "shell", "-c", RESTORE_STRUCTURE.format(state=state))
        guide_id, guide_path = state["guide"]
        routine_id, routine_path, routine_slug = state["routine"]
        other_id, other_path, other_title, _ = state["other"]
        methods_id, methods_title, _ = state["methods"]
        one = stack.enter_context(gunicorn(env, workers=1))
        other = stack.enter_context(gunicorn(env, workers=1))

        # The second server reads everything once: its memory and the page cache now hold the old versions.
        reader = browser()
        guide_html = read(reader, other + guide_path)
        assert other_title in guide_html and methods_title in guide_html and routine_path in guide_html
        assert state["area"][1] in guide_html
        assert other_path in read(reader, other + state["other_en"])
        read(reader, other + "/sv/")
        read(reader, other + routine_path)
        search = other + "/sv/sok/?q=publicerad+via+server+ett"
        assert "Guide publicerad via server ett" not in read(reader, search)

        jar = http.cookiejar.CookieJar()
        editor = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        post(editor, one + "/admin/login/", {"username": "redaktor14s", "password": "ett-langt-losenord-14s"})

        # Publishing a guide under a new title and address, and the guides' page under a new menu title.
        admin_post(
            editor,
            jar,
            f"{one}/admin/bulk/wagtailcore/page/publish/?id={other_id}&id={methods_id}&next=/admin/",
            {},
        )
        new_other_path = other_path.rstrip("/").rsplit("/", 1)[0] + "/guide-publicerad-via-server-ett/"
        guide_html = read(reader, other + guide_path)
        assert "Guide publicerad via server ett" in guide_html  # the related guides
        assert new_other_path in guide_html
        assert "Metodhandledningar via server ett" in guide_html  # the menu
        home_html = read(reader, other + "/sv/")
        assert "Guide publicerad via server ett" in home_html  # the latest guides
        assert new_other_path in read(reader, other + state["other_en"])  # the language switcher
        assert "Guide publicerad via server ett" in read(reader, search)  # the shared search index

        # A taxonomy label edited in the admin.
        area_id, _, area_slug, area_description, area_order = state["area"]
        edit_url = f"{one}/admin/snippets/knowledge/qualityarea/edit/{area_id}/"
        fields = {
            "name": "Kvalitetsområde via server ett",
            "slug": area_slug,
            "description": area_description,
        }
        assert admin_post(editor, jar, edit_url, {**fields, "sort_order": area_order}) != edit_url
        assert "Kvalitetsområde via server ett" in read(reader, other + guide_path)

        # A routine moved to another region: the guide it follows links to its new address.
        new_section_id, new_section_path = state["new_section"]
        admin_post(editor, jar, f"{one}/admin/pages/{routine_id}/move/{new_section_id}/confirm/", {})
        new_routine_path = f"{new_section_path}{routine_slug}/"
        guide_html = read(reader, other + guide_path)
        assert new_routine_path in guide_html and routine_path not in guide_html
        assert anonymous_status(other + new_routine_path) == 200

        # Unpublished: gone from the guide's related list and the home page, and no longer served.
        admin_post(editor, jar, f"{one}/admin/pages/{other_id}/unpublish/", {})
        assert "Guide publicerad via server ett" not in read(reader, other + guide_path)
        assert "Guide publicerad via server ett" not in read(reader, other + "/sv/")
        assert anonymous_status(other + new_other_path) == 404

        # A view restriction: the other server no longer shows the page to an anonymous reader.
        assert anonymous_status(other + guide_path) == 200
        admin_post(editor, jar, f"{one}/admin/pages/{guide_id}/privacy/", {"restriction_type": "login"})
        assert anonymous_status(other + guide_path) == 302
