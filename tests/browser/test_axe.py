"""axe-core finds no accessibility problems on any page type, in every language, on a phone and a desktop.

Each page is also saved as a full-page screenshot in test-artifacts/screenshots/ for a person to look at.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .site_pages import LANGUAGES, PAGE_TYPES, WIDTHS

axe = Axe()


def describe(violations):
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violations(site, open_page, artifacts, language, page_type, width):
    page = open_page(width)
    response = page.goto(site(language, page_type))
    assert response.status == (404 if page_type == "not_found" else 200)
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    page.screenshot(path=artifacts / "screenshots" / f"{language}-{page_type}-{width}.png", full_page=True)
    violations = axe.run(page).response["violations"]
    assert violations == [], describe(violations)
    # Nothing is wider than the screen (no sideways scrolling, WCAG 1.4.10).
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_share_form_with_errors_has_no_violations(site, open_page, artifacts, language, width):
    """The error summary, the messages beside each field and the kept input are accessible too."""
    page = open_page(width)
    page.goto(site(language, "share_routine"))
    page.locator("#main-content form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert page.locator("[aria-invalid=true]").count() > 0
    # Focus starts on the error summary, whose links lead to each field.
    page.locator(".error-summary").wait_for()
    page.wait_for_function("document.activeElement.classList.contains('error-summary')")
    page.screenshot(
        path=artifacts / "screenshots" / f"{language}-share_routine_errors-{width}.png", full_page=True
    )
    violations = axe.run(page).response["violations"]
    assert violations == [], describe(violations)
