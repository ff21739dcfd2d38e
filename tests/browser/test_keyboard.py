"""Keyboard-only journeys: everything a reader does can be done with the keyboard alone, with focus always
visible, never lost and never trapped."""

import re

from .keyboard import focused, tab, tab_to


def test_skip_link_moves_focus_to_the_main_content(site, open_page):
    page = open_page(375)
    page.goto(site("sv", "method_guide"))
    state = tab(page)
    assert "skip-link" in state["html"]
    assert page.locator(".skip-link").bounding_box()["y"] >= 0, "the skip link is not shown when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    # The next Tab starts inside the main content, not back in the header.
    tab(page)
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_menu_opens_and_is_used_with_the_keyboard_on_a_phone(site, open_page):
    page = open_page(375)
    page.goto(site("sv", "home"))
    toggle = page.locator(".main-nav__toggle")
    menu = page.locator("#main-nav-list")
    assert menu.is_hidden(), "on a phone the menu starts closed behind its button"
    tab_to(page, ".main-nav__toggle")
    assert toggle.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and menu.is_visible()
    # Escape closes it and leaves focus on the button; Space opens it again.
    page.keyboard.press("Escape")
    assert menu.is_hidden() and "main-nav__toggle" in focused(page)["html"]
    page.keyboard.press("Space")
    assert menu.is_visible()
    tab_to(page, "#main-nav-list a[href*='metodhandledningar']")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sv/metodhandledningar/$"))


def test_menu_is_a_plain_list_on_a_desktop(site, open_page):
    page = open_page(1280)
    page.goto(site("sv", "home"))
    assert page.locator(".main-nav__toggle").is_hidden()
    tops = {round(link.bounding_box()["y"]) for link in page.locator("#main-nav-list a").all()}
    assert len(tops) == 1, "the main menu is one row at 1280 px"
    tab_to(page, "#main-nav-list a[href*='begrepp']")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sv/begrepp/$"))


def test_language_switcher_leads_to_the_same_page_in_english(site, open_page):
    page = open_page(1280)
    page.goto(site("sv", "method_guide"))
    tab_to(page, ".language-switcher a[hreflang='en']")
    page.keyboard.press("Enter")
    page.wait_for_url(site("en", "method_guide"))
    assert page.locator("html").get_attribute("lang") == "en"


def test_filter_routines_by_organisation_form(site, open_page):
    page = open_page(375)
    page.goto(site("sv", "routine_index"))
    everything = page.locator(".listing__item").count()
    tab_to(page, "select[name='form']")
    page.keyboard.press("ArrowDown")  # the first organisation form after "all"
    if page.locator("select[name='form']").evaluate("select => select.matches(':open')"):
        # A customizable select (long names wrap in it) opens its list first: move, then choose with Enter.
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
    chosen = page.locator("select[name='form']").input_value()
    assert chosen
    tab_to(page, ".filter-form button[type='submit']")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"[?&]form={chosen}"))
    narrowed = page.locator(".listing__item").count()
    assert 0 < narrowed < everything
    assert page.locator("select[name='form']").input_value() == chosen


def test_search_and_open_a_result(site, open_page):
    page = open_page(1280)
    page.goto(site("sv", "home"))
    tab_to(page, "#header-search-q")
    page.keyboard.type("avvikelse")
    search_box = page.locator("#header-search-q")
    suggestions = search_box.get_attribute("aria-controls")
    if search_box.get_attribute("role") == "combobox" and suggestions:
        # Autocomplete (when the site has it): choose the first suggestion with the arrow keys.
        page.locator(f"#{suggestions} [role='option']").first.wait_for()
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        page.wait_for_url(lambda url: url != site("sv", "home"))
        return
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sv/sok/\?q=avvikelse"))
    assert page.locator(".result").count() > 0
    tab_to(page, ".result a")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/sok/" not in url)


def test_tick_checklist_items_with_the_keyboard(site, open_page):
    page = open_page(375)
    page.goto(site("sv", "method_guide"))
    boxes = page.locator(".checklist__box")
    total = boxes.count()
    assert total >= 6
    tab_to(page, ".checklist__box")
    page.keyboard.press("Space")
    tab(page)
    page.keyboard.press("Space")
    assert boxes.nth(0).is_checked() and boxes.nth(1).is_checked()
    status = page.locator("[data-checklist-status]")
    assert status.inner_text() == f"2 av {total} punkter är avbockade."
    # Kept in the browser: still ticked after a reload ...
    page.reload()
    assert boxes.nth(0).is_checked() and boxes.nth(1).is_checked() and not boxes.nth(2).is_checked()
    # ... until the reader empties the list.
    tab_to(page, "[data-checklist-reset]")
    page.keyboard.press("Enter")
    assert all(not boxes.nth(i).is_checked() for i in range(total))
    assert status.inner_text() == f"0 av {total} punkter är avbockade."
    page.reload()
    assert not boxes.nth(0).is_checked()


def test_glossary_preview_on_keyboard_focus(site, open_page):
    page = open_page(375)
    page.goto(site("sv", "method_guide"))
    link = page.locator(".term__link").first
    preview_id = link.get_attribute("aria-describedby")
    preview = page.locator(f"#{preview_id}")
    assert preview.inner_text() == "" or preview.is_hidden()
    tab_to(page, ".term__link")
    assert preview.is_visible()
    # The definition fits on a phone screen.
    box = preview.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    page.keyboard.press("Escape")
    assert preview.is_hidden()
    # Enter follows the link to the term's page.
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sv/begrepp/"))


def test_tab_goes_through_a_whole_guide_without_losing_or_trapping_focus(site, open_page):
    for width in (375, 1280):
        page = open_page(width)
        page.goto(site("sv", "method_guide"))
        # Number every element a keyboard user can reach, in document order.
        focusable = page.evaluate(
            """() => [...document.querySelectorAll(
                    'a[href], button, input, select, textarea, summary, [tabindex="0"]')]
                .filter(el => !el.disabled && el.getClientRects().length && el.checkVisibility())
                .map((el, index) => { el.dataset.kbd = index; return index; }).length"""
        )
        visited = []
        for _ in range(focusable):
            tab(page)
            visited.append(page.evaluate("document.activeElement.dataset.kbd"))
        assert visited == [str(index) for index in range(focusable)], "Tab order skips or repeats elements"


def test_choose_an_autocomplete_suggestion_with_the_keyboard(site, open_page):
    from axe_playwright_python.sync_playwright import Axe

    page = open_page(375)
    page.goto(site("sv", "search_empty"))
    tab_to(page, "#search-q")
    box = page.locator("#search-q")
    assert box.get_attribute("role") == "combobox"
    page.keyboard.press("Control+A")
    page.keyboard.type("avvik")
    listbox = page.locator(f"#{box.get_attribute('aria-controls')}")
    listbox.locator("[role='option']").first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    violations = Axe().run(page).response["violations"]
    assert violations == [], violations  # the open list is accessible too

    page.keyboard.press("Escape")
    assert listbox.is_hidden() and box.get_attribute("aria-expanded") == "false"
    page.keyboard.type("e")  # "avvike": the list opens again
    listbox.locator("[role='option']").first.wait_for()
    page.keyboard.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert active and page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    assert focused(page)["html"].startswith("<input"), "focus stays in the box while moving through options"
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/sok/" not in url)


def test_header_search_suggests_pages_from_every_page(site, open_page):
    """The search box in the header, on a guide: type, move through suggestions with the arrow keys, open one;
    or press Enter without choosing to reach the search page."""
    page = open_page(1280)
    page.goto(site("sv", "method_guide"))
    tab_to(page, "#header-search-q")
    box = page.locator("#header-search-q")
    assert box.get_attribute("role") == "combobox"
    page.keyboard.type("arbetsmil")
    listbox = page.locator(f"#{box.get_attribute('aria-controls')}")
    listbox.locator("[role='option']").first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    options = listbox.locator("[role='option']").all_inner_texts()
    assert options and all("arbetsmiljö" in option.lower() for option in options), options
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert active.endswith("-1") and focused(page)["html"].startswith("<input")
    page.keyboard.press("Escape")
    assert listbox.is_hidden()
    page.keyboard.press("Enter")  # no suggestion chosen: the search page
    page.wait_for_url(re.compile(r"/sv/sok/\?q=arbetsmil"))
