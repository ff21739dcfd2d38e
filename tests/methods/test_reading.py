"""Reading and using a guide in the real content: last review on every page, the easy-to-read summary one
link away, the accessibility statement, and a guide or its checklist as a PDF. Terms linked to their
definitions and the related pages are tested on pages built for the test in test_guide_links.py."""

import io

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from glossary.models import GlossaryIndexPage, GlossaryTermPage
from knowledge.models import HomePage, StandardPage
from methods.models import ExampleRoutinePage, MethodGuidePage, MethodIndexPage, RoutineIndexPage
from tests.helpers import first_page, page_in

GUIDE = {"sv": "avvikelsehantering", "en": "deviation-handling"}
REVIEWED = {"sv": "Senast granskad", "en": "Last reviewed"}


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize(
    "model",
    [
        HomePage,
        StandardPage,
        MethodIndexPage,
        MethodGuidePage,
        RoutineIndexPage,
        ExampleRoutinePage,
        GlossaryIndexPage,
        GlossaryTermPage,
    ],
    ids=lambda model: model.__name__,
)
def test_every_page_type_shows_when_it_was_last_reviewed(client, content, model, language):
    page = first_page(model, language)
    assert page.last_reviewed is not None, "the starter content sets last_reviewed on every page"
    infos = soup_of(client, page.get_url()).select(".review-info")
    (info,) = [info for info in infos if REVIEWED[language] in info.get_text()]
    assert info.find("time")["datetime"] == page.last_reviewed.isoformat()


def test_easy_read_summary_comes_first_after_the_title_and_summary(client, content):
    for guide in MethodGuidePage.objects.live().filter(locale=content["sv"]).exclude(easy_read=""):
        soup = soup_of(client, guide.get_url())
        # Right after the title and summary, before the notice, the forms and the contents.
        assert soup.select_one(".guide__header + .guide__body > .guide__intro > section")["id"] == "easy-read"
        assert soup.find(id="easy-read").find("h2").get_text() == "Lättläst"


def test_accessibility_statement_follows_the_swedish_model(client, content):
    page = page_in(StandardPage, "sv", slug="tillganglighet")
    text = soup_of(client, page.get_url()).find("main").get_text(" ")
    assert "delvis förenlig med lagen (2018:1937)" in text  # compliance status
    assert "Innehåll som inte är tillgängligt" in text  # known gaps
    assert "tillganglighet@kvalitetsnavet.se" in text  # how to report a problem
    assert "Myndigheten för digital förvaltning (DIGG)" in text  # enforcement body


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    reader = PdfReader(io.BytesIO(response.content))
    fonts = {
        font.get_object()["/BaseFont"]
        for sheet in reader.pages
        for font in sheet["/Resources"]["/Font"].values()
    }
    width, height = (round(float(value)) for value in reader.pages[0].mediabox.upper_right)
    return "\n".join(sheet.extract_text() for sheet in reader.pages), fonts, (width, height)


def test_guide_as_pdf_has_real_text_the_site_font_and_swedish_letters(client, content):
    guide = page_in(MethodGuidePage, "sv", slug=GUIDE["sv"])
    response = client.get(guide.get_url() + "pdf/")
    text, fonts, size = pdf_text(response)
    assert 'filename="avvikelsehantering.pdf"' in response["Content-Disposition"]
    assert size == (595, 842)  # A4
    assert any("DejaVu" in font for font in fonts)
    assert "Fånga upp det som går fel" in text  # å, ä, ö survive as text
    assert guide.checklist[0].value["text"][:30] in " ".join(text.split())
    assert "Lättläst" in text and "Arbetsgång" in text


def test_checklist_as_pdf_has_only_the_checklist(client, content):
    guide = page_in(MethodGuidePage, "en", slug=GUIDE["en"])
    response = client.get(guide.get_url() + "checklista/pdf/")
    text, _fonts, size = pdf_text(response)
    assert size == (595, 842)
    flat = " ".join(text.split())
    for block in guide.checklist:
        assert block.value["text"] in flat
    assert "Purpose" not in text and "Checklist" in text


def test_guide_page_offers_print_and_pdf(client, content):
    guide = page_in(MethodGuidePage, "sv", slug=GUIDE["sv"])
    soup = soup_of(client, guide.get_url())
    assert soup.select_one("[data-print]").get_text() == "Skriv ut"
    pdf_links = [a["href"] for a in soup.select("a.page-actions__pdf")]
    assert pdf_links == [guide.get_url() + "pdf/", guide.get_url() + "checklista/pdf/"]
    boxes = soup.select("#checklist input[type=checkbox]")
    assert len(boxes) == len(guide.checklist)
    assert all(soup.find("label", attrs={"for": box["id"]}) for box in boxes)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_routine_lists_its_guides_and_their_terms(client, content, language):
    routine = first_page(ExampleRoutinePage, language)
    soup = soup_of(client, routine.get_url())
    hrefs = {a["href"] for section in soup.select("section.related") for a in section.find_all("a")}
    guides = routine.implemented_guides()
    terms = routine.related_terms(guides)
    assert guides and terms
    assert {page.get_url() for page in [*guides, *terms]} <= hrefs
    assert all(term.locale.language_code == language for term in terms)
