"""Layout a reader sees at a glance: what a phone's first screen shows, and text that is never cut."""

import pytest
from django.conf import settings
from django.test.utils import override_settings

from methods.models import MethodGuidePage

from .site_pages import PAGE_TYPES

PHONE = {"width": 375, "height": 667}

# The first line of the first paragraph (or list item) of the guide's text, measured where it is drawn.
FIRST_LINE_BOTTOM = """() => {
    const text = document.querySelector('.guide__intro > section :is(p, li)');
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
    return text.getBoundingClientRect().top + lineHeight;
}"""


def test_a_phones_first_screen_shows_the_title_summary_and_start_of_every_guide(site, open_page):
    """Every guide, in both languages: the notice, the organisation forms, the contents and the print
    actions come after the first lines of the text, so a reader on a phone sees what the guide says first.
    Measured with the site's own languages (the browser tests' Arabic adds a header link)."""
    own_languages = [(code, name) for code, name in settings.LANGUAGES if code in ("sv", "en")]
    with override_settings(LANGUAGES=own_languages, WAGTAIL_CONTENT_LANGUAGES=own_languages):
        _check_first_screens(site, open_page(**PHONE))


def _check_first_screens(site, page):
    guides = MethodGuidePage.objects.live().filter(locale__language_code__in=["sv", "en"])
    assert guides.count() >= 40
    for guide in guides:
        page.goto(site.url + guide.get_url())
        assert page.locator("h1").bounding_box()["y"] >= 0
        lead = page.locator(".guide__header .lead").bounding_box()
        assert lead["y"] + lead["height"] <= PHONE["height"], guide.get_url()
        assert page.evaluate(FIRST_LINE_BOTTOM) <= PHONE["height"], guide.get_url()
        # Nothing is lost: the forms, the contents and the PDF link are on the page, after the text's start.
        forms = page.locator(".guide__aside > :is(.org-forms--all, .org-forms--compact)")
        assert forms.is_visible() and page.locator(".page-actions__pdf").first.is_visible()
        assert page.locator(".toc").bounding_box()["y"] > page.evaluate(FIRST_LINE_BOTTOM)


# Whether a select shows its chosen label whole: the label's width (in the select's font) must fit on the
# lines the select has room for. A native select keeps one line and cuts what does not fit.
SELECT_SHOWS_ITS_LABEL = """select => {
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d');
    context.font = style.font;
    const label = select.selectedOptions[0].label;
    const textWidth = context.measureText(label).width;
    const arrow = parseFloat(style.fontSize);  // the picker's arrow takes about one em
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
    const inner = select.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const lines = Math.max(1, Math.floor(inner / parseFloat(style.lineHeight) + 0.25));
    return {label, textWidth, room, lines, fits: textWidth <= room * lines};
}"""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_chosen_filter_value_is_never_cut_off(site, open_page, language, width):
    """The longest name in each filter ("Limited company with special dividend restriction (SVB)" in English)
    is shown whole once chosen, on a phone and on a desktop, in both listings."""
    page = open_page(width)
    for page_type in ("routine_index", "method_index"):
        page.goto(site(language, page_type))
        for select in page.locator(".filter-form select").all():
            labels = select.locator("option").all_inner_texts()
            select.select_option(label=max(labels, key=len))
            shown = select.evaluate(SELECT_SHOWS_ITS_LABEL)
            assert shown["fits"], (page_type, width, shown)


# Words of headings and card titles that the browser broke across two lines (a word may break after a hyphen).
BROKEN_HEADING_WORDS = r"""() => {
    const broken = [];
    for (const heading of document.querySelectorAll('h1, h2, h3, h4, .card__title')) {
        if (!heading.getClientRects().length) continue;  // not shown
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.data.matchAll(/[^\s\-\u00ad\u2010/]+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const boxes = [...range.getClientRects()].filter(r => r.width > 0);
                const tops = new Set(boxes.map(r => Math.round(r.top)));
                if (tops.size > 1) broken.push(match[0]);
            }
        }
    }
    return broken;
}"""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_heading_breaks_a_word_in_two(site, open_page, language, width):
    """Long Swedish compounds ("Metodhandledningar", "Kvalitetsledningssystem") stay whole in every heading
    and card title of every page type, on a phone and a desktop."""
    page = open_page(width)
    for page_type in PAGE_TYPES:
        page.goto(site(language, page_type))
        assert page.evaluate(BROKEN_HEADING_WORDS) == [], page_type


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_main_menu_is_one_row_at_1280_px(site, open_page, language):
    page = open_page(1280)
    page.goto(site(language, "home"))
    tops = page.locator("#main-nav-list > li").evaluate_all(
        "items => items.map(i => i.getBoundingClientRect().top)"
    )
    assert len(tops) >= 7 and len(set(tops)) == 1
