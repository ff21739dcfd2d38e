"""The site's frame and home page: one row of main navigation (content types and tools), the statements in
the footer with the content licence, a home page that leads into the content, and quieter listings."""

import io

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from pypdf import PdfReader

from knowledge.models import HomePage, OrganisationForm, QualityArea, StandardPage
from methods.models import MethodGuidePage
from tests.helpers import page_in


def soup_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_main_menu_lists_the_content_and_tools_and_the_footer_the_statements(client, content, language):
    home = page_in(HomePage, language)
    soup = soup_of(client, home.get_url())
    menu = [a.get_text(strip=True) for a in soup.select("#main-nav-list a")]
    in_menu = [page.title for page in home.get_children().live().in_menu()]
    assert menu == in_menu and len(menu) >= 4  # guides, routines, terms, share a routine
    statements = [page.title for page in home.get_children().live().type(StandardPage)]
    assert len(statements) == 3 and not set(statements) & set(menu)
    footer = soup.select_one(".site-footer")
    assert [a.get_text(strip=True) for a in footer.select(".site-footer__links a")] == statements
    assert footer.select_one("a[rel=license]")["href"].startswith(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert "CC BY 4.0" in footer.get_text()
    assert footer.select_one("a[href^='mailto:']")
    assert footer.select_one("time[datetime]")  # when the page was last updated


def test_every_page_has_the_header_search_with_autocomplete(client, content):
    guide = page_in(MethodGuidePage, "sv", slug="avvikelsehantering")
    soup = soup_of(client, guide.get_url())
    box = soup.select_one(".site-header form[role=search] [data-autocomplete-url]")
    assert box.select_one("input[name=q]")["id"] == "header-search-q"
    assert box["data-autocomplete-url"] == "/sv/sok/forslag/"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_home_page_leads_into_the_content(client, content, language):
    home = page_in(HomePage, language)
    soup = soup_of(client, home.get_url())
    entries = {a["href"] for a in soup.select(".entry-grid a")}
    for page in (home.methods_page, home.routines_page, home.glossary_page):
        assert page.get_translation(home.locale).url in entries
    tiles = soup.select(".area-grid .area-tile")
    assert len(tiles) == QualityArea.objects.filter(locale=home.locale).count() == 10
    assert all(tile.select_one("svg use") and tile.select_one("a[href*='?area=']") for tile in tiles)
    assert len(soup.select("#featured-heading ~ .card-grid .card")) == 3  # one row on a desktop
    form_links = soup.select(".forms-groups a[href*='?form=']")
    assert len(form_links) == OrganisationForm.objects.filter(locale=home.locale).count()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "sv",
            {
                "Självskattning": "tio kvalitetsområden",
                "Kvalitetshandbok": "Word-fil",
                "Mallar": "blanketter",
            },
        ),
        (
            "en",
            {"Self-assessment": "ten quality areas", "Quality handbook": "Word file", "Templates": "forms"},
        ),
    ],
)
def test_every_tool_card_on_the_home_page_says_what_the_tool_does(client, content, language, expected):
    home = page_in(HomePage, language)
    cards = soup_of(client, home.get_url()).select(".entry--tool")
    described = {card.select_one(".card__title").get_text(strip=True): card.select_one("p") for card in cards}
    assert len(described) >= 4 and all(described.values()), described  # share a routine too
    for title, words in expected.items():
        assert words in described[title].get_text(), (title, described[title])
    assert not any("…" in text.get_text() for text in described.values()), "the whole description fits"


def test_the_long_introduction_is_on_the_about_page(client, content):
    home = page_in(HomePage, "sv")
    about = page_in(StandardPage, "sv", slug="om-kvalitetsnavet")
    sentence = "Ett kvalitetsledningssystem är ett samlat sätt att styra och förbättra arbetet."
    assert sentence not in client.get(home.get_url()).content.decode()
    assert sentence in client.get(about.get_url()).content.decode()


def test_a_guide_for_every_form_says_so_in_one_line(client, content):
    guide = page_in(MethodGuidePage, "sv", slug="avvikelsehantering")
    assert guide.organisation_forms.count() == OrganisationForm.objects.filter(locale=guide.locale).count()
    article = soup_of(client, guide.get_url()).select_one("article.guide")
    assert article.select_one(".org-forms--all").get_text(strip=True) == "Gäller alla organisationsformer"
    assert not article.select(".tag")


@override_settings(PUBLIC_BASE_URL="https://kvalitetsnavet.example")
def test_pdf_names_the_public_address(client, content):
    guide = page_in(MethodGuidePage, "sv", slug="avvikelsehantering")
    response = client.get(guide.get_url() + "pdf/")
    text = "\n".join(sheet.extract_text() for sheet in PdfReader(io.BytesIO(response.content)).pages)
    address = "https://kvalitetsnavet.example/sv/metodhandledningar/avvikelsehantering/"
    assert address in text.replace("\n", "")
    assert "localhost" not in text


@override_settings(ALLOWED_HOSTS=["kvalitetsnavet.test"])
def test_pdf_without_a_setting_uses_the_address_asked_for_not_localhost(client, content):
    guide = page_in(MethodGuidePage, "sv", slug="avvikelsehantering")
    response = client.get(guide.get_url() + "pdf/", HTTP_HOST="kvalitetsnavet.test")
    text = "\n".join(sheet.extract_text() for sheet in PdfReader(io.BytesIO(response.content)).pages)
    assert "http://kvalitetsnavet.test/sv/" in text.replace("\n", "")
    assert "localhost" not in text


def test_search_with_filters_that_leave_nothing_offers_to_widen(client, content):
    soup = soup_of(client, "/sv/sok/?q=avvikelse&type=term&area=dataskydd")
    assert not soup.select(".result")
    links = [a["href"] for a in soup.select(".widen a")]
    assert "?q=avvikelse&area=dataskydd" in links and "?q=avvikelse&type=term" in links
    # Only facets with options get a heading.
    for name in soup.select(".facets__name"):
        assert name.find_next_sibling("ul").select("li")


def test_an_empty_required_field_names_what_is_missing(client, content):
    from contributions.models import ShareRoutinePage

    page = page_in(ShareRoutinePage, "sv")
    soup = BeautifulSoup(client.post(page.url, {}).content, "html.parser")
    summary = soup.select_one(".error-summary[tabindex='-1']")
    messages = [li.get_text(strip=True) for li in summary.select("li")]
    assert "Rutinens namn: Skriv rutinens namn." in messages
    assert not [message for message in messages if message.endswith("Fyll i det här fältet.")]
    assert soup.select_one("script[src*='error-summary']")
