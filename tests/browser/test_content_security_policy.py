"""The Content-Security-Policy is enforced and nothing breaks it: every public page type, the front-end login
and the Wagtail admin (dashboard, explorer, page editors with inline panels, the preview panel, documents,
the translation editor) load without one violation in the browser.

The policy is the site's own (config/settings/base.py); production adds only upgrade-insecure-requests, which
the test server on plain http cannot serve.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from .site_pages import LANGUAGES, PAGE_TYPES

# Listens before any of the page's own scripts run (an init script is not subject to the page's policy).
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
        + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""
ADMIN_USER, ADMIN_PASSWORD = "csp-admin", "a-long-test-password-for-the-admin"


def watch(page):
    console = []
    page.add_init_script(RECORD_VIOLATIONS)
    page.on(
        "console",
        lambda message: console.append(message.text) if "Content Security Policy" in message.text else None,
    )
    return console


def violations(page, console):
    return console + page.evaluate("window.__cspViolations || []")


@pytest.mark.parametrize("page_type", PAGE_TYPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_load_without_violations(site, open_page, language, page_type):
    page = open_page(1280)
    console = watch(page)
    response = page.goto(site(language, page_type))
    policy = response.headers["content-security-policy"]
    # Directives in any order: the header lists them as its settings hold them.
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'" and "unsafe-inline" not in policy
    page.wait_for_load_state("networkidle")
    assert violations(page, console) == []


def test_front_end_login_loads_without_violations(site, open_page):
    page = open_page(1280)
    console = watch(page)
    page.goto(site.url + "/sv/_util/login/")
    page.wait_for_load_state("networkidle")
    assert page.locator("input[name=password]").count() == 1
    assert violations(page, console) == []


@pytest.fixture(scope="module")
def admin_user(site, django_db_blocker):
    """A superuser the served site can see (committed, like the site's content), removed afterwards."""
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_superuser(
            ADMIN_USER, "csp-admin@kvalitetsnavet.example", ADMIN_PASSWORD
        )
        yield user
        user.delete()


@pytest.fixture(scope="module")
def admin_paths(site, django_db_blocker):
    from methods.models import ExampleRoutinePage, MethodGuidePage

    with django_db_blocker.unblock():
        sv, en = Locale.objects.get(language_code="sv"), Locale.objects.get(language_code="en")
        guide = MethodGuidePage.objects.get(locale=sv, slug="avvikelsehantering")
        routine = ExampleRoutinePage.objects.filter(locale=sv).first()
        english_guide = guide.get_translation(en)
        return {
            "dashboard": "/admin/",
            "explorer": f"/admin/pages/{guide.get_parent().pk}/",
            "guide editor": f"/admin/pages/{guide.pk}/edit/",
            "routine editor": f"/admin/pages/{routine.pk}/edit/",
            "translation editor": f"/admin/pages/{english_guide.pk}/edit/",
            "documents": "/admin/documents/",
            "images": "/admin/images/",
            "users": "/admin/users/",
            "search": "/admin/pages/search/?q=rutin",
            "guide title": guide.title,
        }


@pytest.fixture
def admin_page(site, open_page, admin_user):
    page = open_page(1280)
    console = watch(page)
    page.goto(site.url + "/admin/login/")
    page.fill("input[name=username]", ADMIN_USER)
    page.fill("input[name=password]", ADMIN_PASSWORD)
    page.locator("button[type=submit]").first.click()
    page.wait_for_url(site.url + "/admin/")
    return page, console


@pytest.mark.parametrize(
    "name",
    [
        "dashboard",
        "explorer",
        "guide editor",
        "routine editor",
        "translation editor",
        "documents",
        "images",
        "users",
        "search",
    ],
)
def test_admin_works_under_its_policy(site, admin_page, admin_paths, name):
    page, console = admin_page
    response = page.goto(site.url + admin_paths[name])
    assert response.status == 200
    assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    assert violations(page, console) == []


def test_admin_preview_panel_frames_the_page(site, admin_page, admin_paths):
    page, console = admin_page
    page.goto(site.url + admin_paths["guide editor"])
    page.locator('[data-side-panel-toggle="preview"]').first.click()
    frame = page.frame_locator("iframe[id='w-preview-iframe'], .preview-panel iframe").first
    # The previewed guide rendered inside the admin: the admin may frame its previews, and only them.
    assert frame.locator("h1").first.inner_text() == admin_paths["guide title"]
    page.wait_for_load_state("networkidle")
    assert violations(page, console) == []
