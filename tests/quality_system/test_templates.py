"""Templates (mallar): loaded in Swedish and English, readable pages, DOCX and PDF downloads, and listed on
the guides and routines that mention them."""

import pytest
from bs4 import BeautifulSoup

from methods.models import ExampleRoutinePage, MethodGuidePage
from quality_system.models import TemplateIndexPage, TemplatePage
from starter.files import load_content
from tests.helpers import page_in

from .documents import docx_text, pdf_text

# The Swedish slugs the self-assessment links templates by.
TEMPLATE_SLUGS = [
    "kartlaggning-vid-inskrivning",
    "personuppgifter-information-och-samtycke",
    "individuell-plan",
    "handledningsplan-och-uppfoljningssamtal",
    "avvikelserapport",
    "klagomalsblankett",
    "deltagarenkat",
    "stegforflyttningsskala",
    "riskbedomning-och-handlingsplan",
    "rutinforteckning",
    "kvalitetspolicy",
    "lex-sarah-rapport",
]


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_every_template_exists_in_swedish_with_an_english_translation(content):
    swedish = TemplatePage.objects.live().filter(locale=content["sv"])
    assert set(TEMPLATE_SLUGS) <= set(swedish.values_list("slug", flat=True))
    for page in swedish:
        english = page.get_translation_or_none(content["en"])
        assert english is not None and english.live, page.slug
        assert english.title != page.title


@pytest.mark.parametrize(("language", "url"), [("sv", "/sv/mallar/"), ("en", "/en/templates/")])
def test_template_listing_links_every_template(client, content, language, url):
    soup = soup_of(client, url)
    titles = {a.get_text(strip=True) for a in soup.select(".listing__title a")}
    # Every template in content/templates/, by its title in the files (not by the listing's own query).
    assert titles == {template["title"][language] for template in load_content().templates}
    assert page_in(TemplateIndexPage, language).show_in_menus


@pytest.mark.parametrize(
    ("language", "slug", "label"),
    [
        ("sv", "avvikelserapport", "Vad hände?"),
        ("en", "deviation-report", "What happened?"),
        ("sv", "stegforflyttningsskala", "Anställning med stöd"),
        ("en", "participant-survey", "I feel safe at the workplace."),
    ],
)
def test_template_page_shows_the_form_and_offers_docx_and_pdf(client, content, language, slug, label):
    page = page_in(TemplatePage, language, slug=slug)
    soup = soup_of(client, page.get_url())
    assert label in soup.find("main").get_text(" ")
    links = {a["href"] for a in soup.select("a[download]")}
    assert {page.get_url() + "docx/", page.get_url() + "pdf/"} <= links


@pytest.mark.parametrize(
    ("language", "slug", "expected"),
    [
        (
            "sv",
            "stegforflyttningsskala",
            ["Stegförflyttningsskala", "Anställning med stöd", "Hälsa och välmående"],
        ),
        ("en", "progression-scale", ["Progression scale", "Supported employment", "Health and well-being"]),
        ("sv", "lex-sarah-rapport", ["påtaglig risk för ett missförhållande", "Anmält till IVO, datum"]),
    ],
)
def test_template_downloads_as_docx_and_pdf_in_the_pages_language(client, content, language, slug, expected):
    page = page_in(TemplatePage, language, slug=slug)
    docx_response = client.get(page.get_url() + "docx/")
    assert docx_response.status_code == 200
    assert docx_response["Content-Disposition"] == f'attachment; filename="{slug}.docx"'
    pdf_response = client.get(page.get_url() + "pdf/")
    assert pdf_response["Content-Type"] == "application/pdf"
    for text in (docx_text(docx_response.content), pdf_text(pdf_response.content)):
        for phrase in expected:
            assert phrase in text


@pytest.mark.parametrize(
    ("language", "guide_slug", "template_title"),
    [("sv", "avvikelsehantering", "Avvikelserapport"), ("en", "deviation-handling", "Deviation report")],
)
def test_guide_lists_the_templates_that_name_it_in_the_readers_language(
    client, content, language, guide_slug, template_title
):
    guide = page_in(MethodGuidePage, language, slug=guide_slug)
    section = soup_of(client, guide.get_url()).find(id="templates-heading").parent
    links = {a.get_text(strip=True): a["href"] for a in section.select("a")}
    template = page_in(TemplatePage, language, title=template_title)
    assert links[template_title] == template.get_url()


def test_routine_lists_its_templates_and_a_routine_without_any_lists_none(client, content):
    routine = page_in(ExampleRoutinePage, "sv", slug="klagomalshantering")
    section = soup_of(client, routine.get_url()).find(id="templates-heading").parent
    assert "Blankett för klagomål och synpunkter" in section.get_text(" ")
    other = page_in(ExampleRoutinePage, "sv", slug="samverkansavtal-och-iop")
    assert soup_of(client, other.get_url()).find(id="templates-heading") is None
