"""The pages the security measures show: the login lockout and the refused oversized upload. Both are
accessible (axe), keep the site's layout, and are saved as screenshots at 375 and 1280 px."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model

from .test_axe import describe

axe = Axe()
USERNAME = "lockout-editor"
MB = 1024 * 1024


@pytest.fixture(scope="module")
def account(site, django_db_blocker):
    """An account the served site sees (committed, before any test's transaction), removed with its
    lockout records afterwards."""
    from axes.models import AccessAttempt

    with django_db_blocker.unblock():
        user = get_user_model().objects.create_user(USERNAME, "lockout@kvalitetsnavet.example", "right")
        yield user
        AccessAttempt.objects.filter(username=USERNAME).delete()
        user.delete()


@pytest.fixture
def locked_out(account, settings):
    settings.AXES_FAILURE_LIMIT = 1  # one wrong password locks it


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_lockout_page(site, open_page, artifacts, locked_out, language, width):
    page = open_page(width)
    page.goto(f"{site.url}/{language}/_util/login/")
    page.fill("input[name=username]", USERNAME)
    page.fill("input[name=password]", "wrong")
    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        page.locator("main button[type=submit]").click()
    assert posted.value.status == 429
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").inner_text() in (
        "Inloggningen är spärrad en stund",
        "Login is locked for a while",
    )
    page.screenshot(path=artifacts / "screenshots" / f"{language}-login_locked-{width}.png", full_page=True)
    violations = axe.run(page).response["violations"]
    assert violations == [], describe(violations)


@pytest.mark.parametrize("width", [375, 1280])
def test_oversized_upload_page(site, open_page, artifacts, width):
    page = open_page(width)
    page.goto(site("sv", "share_routine"))
    page.fill("#id_organisation_name", "Föreningen Testgården")
    page.set_input_files(
        "#id_attachment_1",
        files=[
            {"name": "stor.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n" + bytes(11 * 1024**2)}
        ],
    )
    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        page.locator("#main-content form button[type=submit]").last.click()
    assert posted.value.status == 413
    page.wait_for_load_state()
    assert page.locator("#id_organisation_name").input_value() == "Föreningen Testgården"
    assert "större än 10" in page.locator('[role="alert"]').inner_text()
    page.screenshot(path=artifacts / "screenshots" / f"sv-upload_too_large-{width}.png", full_page=True)
    violations = axe.run(page).response["violations"]
    assert violations == [], describe(violations)


@pytest.mark.parametrize("width", [375, 1280])
def test_front_end_login_page(site, open_page, artifacts, width):
    """The login for restricted pages in the site's own layout (templates/wagtailcore/login.html)."""
    page = open_page(width)
    page.goto(f"{site.url}/sv/_util/login/")
    assert page.locator("h1").inner_text() == "Logga in"
    assert page.get_by_label("Användarnamn").count() == 1 and page.get_by_label("Lösenord").count() == 1
    page.screenshot(path=artifacts / "screenshots" / f"sv-login-{width}.png", full_page=True)
    violations = axe.run(page).response["violations"]
    assert violations == [], describe(violations)
