"""The self-assessment in a real browser: the whole journey by keyboard, on a phone and a desktop, with and
without JavaScript, and axe on every step in Swedish and English. Screenshots go to test-artifacts/."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from .keyboard import tab_to
from .test_axe import describe

axe = Axe()
SHOW_EVERY_AREA = (
    "document.querySelectorAll('[data-area], .assessment-form__submit').forEach(el => { el.hidden = false; })"
)
TEXT = {
    "sv": {"next": "Nästa område", "remove": "Ta bort", "result": "Steg 3 av 3"},
    "en": {"next": "Next area", "remove": "Remove", "result": "Step 3 of 3"},
}


def fill_profile(page, name="Föreningen Åkerö"):
    tab_to(page, "#sa-organisation")
    page.keyboard.type(name)
    # The size band is a radio group: Tab enters it, the arrow keys choose (1-9 is the second choice).
    tab_to(page, "input[name=size]")
    page.keyboard.press("ArrowDown")
    tab_to(page, "button[value=questions]")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def answer_and_submit(page, language, javascript):
    areas = page.locator("[data-area]")
    count = areas.count()
    assert count >= 5
    for index in range(count):
        area = areas.nth(index)
        if javascript:
            assert area.is_visible() and (index == 0 or areas.nth(index - 1).is_hidden())
        # Answer the area's first question with "Grundnivå" by keyboard: Tab into the group, arrow to it.
        tab_to(page, f"[data-area]:nth-of-type({index + 1}) input[type=radio]", limit=200)
        page.keyboard.press("ArrowDown")
        if javascript and index < count - 1:
            tab_to(page, f".assessment-nav button:has-text('{TEXT[language]['next']}')")
            page.keyboard.press("Enter")
    tab_to(page, "button[value=result]", limit=300)
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("width", [375, 1280])
def test_the_whole_journey_by_keyboard(site, open_page, artifacts, width, javascript):
    language = "sv"
    page = open_page(width, java_script_enabled=javascript)
    page.goto(site(language, "self_assessment"))
    fill_profile(page)
    label = "js" if javascript else "nojs"
    page.screenshot(
        path=artifacts / "screenshots" / f"self-assessment-questions-{width}-{label}.png", full_page=True
    )
    answer_and_submit(page, language, javascript)
    assert TEXT[language]["result"] in page.locator("h2").first.inner_text()
    assert page.locator(".result-chart svg[role=img] title").count() == 1
    assert page.locator("table caption").count() == 1
    page.screenshot(
        path=artifacts / "screenshots" / f"self-assessment-result-{width}-{label}.png", full_page=True
    )

    rows = page.locator(".plan__row").count()
    assert rows > 0
    tab_to(page, f".plan__row button:has-text('{TEXT[language]['remove']}')", limit=400)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".plan__row").count() == rows - 1

    tab_to(page, "button[value=save]", limit=400)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert re.search(r"/sv/sjalvskattning/[A-Za-z0-9_-]{43}/$", page.url)
    assert page.locator(".plan__row").count() == rows - 1, "the saved link keeps the edited plan"
    tab_to(page, "button[value=delete]", limit=100)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("main [role=status]").count() == 1


def open_result(page, site, language):
    page.goto(site(language, "self_assessment"))
    page.locator("#sa-organisation").fill("Åkerö")
    page.locator("input[name=size]").nth(2).check()
    page.locator("#sa-provider-yes").check()
    with page.expect_navigation():
        page.locator("button[value=questions]").click()


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_axe_finds_no_violations_in_the_questions_and_the_result(site, open_page, artifacts, language, width):
    # axe runs as a script in the page, so JavaScript stays on; every area is shown as it is without it.
    page = open_page(width)
    open_result(page, site, language)
    page.evaluate(SHOW_EVERY_AREA)
    violations = axe.run(page).response["violations"]
    assert violations == [], describe(violations)
    page.locator("input[type=radio][value='1']").first.check()
    with page.expect_navigation():
        page.locator("button[value=result]").click()
    page.screenshot(
        path=artifacts / "screenshots" / f"{language}-self-assessment-result-provider-{width}.png",
        full_page=True,
    )
    violations = axe.run(page).response["violations"]
    assert violations == [], describe(violations)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_axe_finds_no_violations_with_errors_and_one_area_at_a_time(site, open_page, language):
    page = open_page(1280)
    open_result(page, site, language)
    assert page.locator("[data-area]:visible").count() == 1
    assert page.locator("progress").count() == 1
    violations = axe.run(page).response["violations"]
    assert violations == [], describe(violations)
    page.goto(site(language, "self_assessment"))
    page.locator("#sa-organisation").fill("<b>")
    page.locator("input[name=size]").first.check()
    with page.expect_navigation():
        page.locator("button[value=questions]").click()
    assert page.locator(".error-summary").count() == 1
    violations = axe.run(page).response["violations"]
    assert violations == [], describe(violations)


def test_changing_the_answers_keeps_the_edited_plan_without_javascript(site, open_page):
    page = open_page(1280, java_script_enabled=False)
    open_result(page, site, "sv")
    with page.expect_navigation():
        page.locator("button[value=result]").click()
    rows = page.locator(".plan__row").count()
    assert rows > 2
    page.locator("#plan-0-responsible").fill("Kassören Åsa")
    with page.expect_navigation():
        page.locator("button[value=remove-1]").click()
    with page.expect_navigation():
        page.locator("button[value=questions]").click()
    with page.expect_navigation():
        page.locator("button[value=result]").click()
    assert page.locator(".plan__row").count() == rows - 1
    assert page.locator("#plan-0-responsible").input_value() == "Kassören Åsa"
