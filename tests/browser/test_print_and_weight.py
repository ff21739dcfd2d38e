"""A guide prints cleanly on A4 (the checklist with boxes to tick by hand, the ones ticked on screen printed
ticked, on a sheet of its own or alone), and the guide page stays light: no framework, under 150 KB
transferred."""

import io

from pypdf import PdfReader

A4_POINTS = (595, 842)
MAX_GUIDE_BYTES = 150 * 1024


def printed(page):
    """The page as Chromium prints it, honouring the site's @page size."""
    return PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True, print_background=True)))


def test_guide_prints_on_a4_with_boxes_to_tick_and_the_ticks_made_on_screen(site, open_page):
    page = open_page(1280)
    page.goto(site("sv", "method_guide"))
    page.locator(".checklist__box").first.check()  # ticked on screen: printed with its tick
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden() and page.locator(".page-actions").first.is_hidden()
    ticked, empty = page.locator(".checklist__box").nth(0), page.locator(".checklist__box").nth(1)
    for box in (ticked, empty):
        assert box.evaluate("el => getComputedStyle(el).appearance") == "none"
        assert box.evaluate("el => getComputedStyle(el).borderTopStyle") == "solid"
    tick = "el => getComputedStyle(el, '::after').content"
    assert ticked.evaluate(tick) == '"✓"' and empty.evaluate(tick) in ("none", "normal")
    pdf = printed(page)
    width, height = (round(float(value)) for value in pdf.pages[0].mediabox.upper_right)
    assert (width, height) == A4_POINTS
    text = "\n".join(sheet.extract_text() for sheet in pdf.pages)
    assert "Avvikelsehantering" in text and "Checklista" in text
    assert text.count("✓") == 1, "the one item ticked on screen is ticked on paper"
    assert "Hoppa till huvudinnehållet" not in text


def test_print_the_checklist_alone(site, open_page):
    page = open_page(1280)
    page.goto(site("sv", "method_guide"))
    first_item = page.locator(".checklist__item label").first.inner_text()
    # What the "Skriv ut checklistan" button does before it opens the print dialogue.
    page.evaluate("document.documentElement.classList.add('print-checklist-only')")
    page.emulate_media(media="print")
    pdf = printed(page)
    text = "\n".join(sheet.extract_text() for sheet in pdf.pages)
    assert first_item.split()[0] in text
    assert "Syfte" not in text and "Arbetsgång" not in text
    assert len(pdf.pages) == 1


def test_method_guide_page_is_light(site, open_page):
    page = open_page(375)
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    page.goto(site("sv", "method_guide"), wait_until="load")
    total = 0
    scripts = []
    for request in responses:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        if request.resource_type == "script":
            scripts.append(request.url)
    assert total < MAX_GUIDE_BYTES, f"{total} bytes transferred: {[r.url for r in responses]}"
    # Only the site's own small scripts: no framework, nothing from elsewhere.
    assert scripts and all("/static/js/" in url and url.startswith(site.url) for url in scripts)
