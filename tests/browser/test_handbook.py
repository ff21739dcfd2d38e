"""The quality handbook builder by keyboard, on a phone and a desktop, with and without JavaScript: fill in
the name, tick a guide, download the DOCX; a download without a name shows an accessible error."""

import io

import docx
import pytest
from axe_playwright_python.sync_playwright import Axe

from .keyboard import tab_to
from .site_pages import WIDTHS

axe = Axe()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("width", WIDTHS)
def test_build_and_download_a_handbook_with_the_keyboard(site, open_page, artifacts, width, javascript):
    page = open_page(width, java_script_enabled=javascript, accept_downloads=True)
    page.goto(site("sv", "handbook"))
    tab_to(page, "#id_organisation")
    page.keyboard.type("Föreningen Tangentbordet")
    tab_to(page, "input[name='guide']")
    page.keyboard.press("Space")
    guide = page.locator("input[name='guide']").first
    assert guide.is_checked()
    guide_title = page.locator(f"label[for='{guide.get_attribute('id')}']").inner_text()
    page.screenshot(
        path=artifacts / "screenshots" / f"sv-handbook-journey-{width}-{'js' if javascript else 'nojs'}.png",
        full_page=True,
    )
    tab_to(page, "button[value='docx']")
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    document = docx.Document(io.BytesIO(open(download_info.value.path(), "rb").read()))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Föreningen Tangentbordet" in text
    assert guide_title in text


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_handbook_errors_are_accessible(site, open_page, artifacts, language, width):
    page = open_page(width)
    page.goto(site(language, "handbook"))
    page.locator("button[value='pdf']").click()
    page.wait_for_load_state()
    assert page.locator("#problems li").count() > 0
    page.screenshot(
        path=artifacts / "screenshots" / f"{language}-handbook_errors-{width}.png", full_page=True
    )
    violations = axe.run(page).response["violations"]
    assert violations == [], [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in violations]
