"""The register of legal sources: loaded in every language, shown on each page that relies on a source, and
listed on its own page with the pages that use each source."""

import datetime

from bs4 import BeautifulSoup

from glossary.models import GlossaryTermPage
from knowledge.models import LegalSource, LegalSourceIndexPage
from methods.models import MethodGuidePage
from starter.files import load_content


def source_links(html):
    section = BeautifulSoup(html, "html.parser").find(id="legal-sources")
    assert section is not None, "the page has no list of legal sources"
    return {a["href"]: a.get_text(strip=True) for a in section.find_all("a")}


def test_every_register_entry_is_loaded_in_swedish_and_english(content):
    files = {source["slug"]: source for source in load_content().legal_sources}
    for language in ("sv", "en"):
        loaded = {source.slug: source for source in LegalSource.objects.filter(locale=content[language])}
        assert set(loaded) == set(files)
        for slug, data in files.items():
            assert loaded[slug].name == data["name"][language]
            assert loaded[slug].requires == data["requires"][language]
            assert loaded[slug].url == data["url"]


def test_each_guide_lists_its_sources_with_links_in_the_readers_language(client, content):
    files = {source["slug"]: source for source in load_content().legal_sources}
    guides = {guide["slug"]["sv"]: guide for guide in load_content().guides}
    for guide in MethodGuidePage.objects.live().filter(locale=content["sv"]):
        expected = guides[guide.slug]["legal_sources"]
        for language in ("sv", "en"):
            page = guide.get_translation(content[language])
            response = client.get(page.url)
            assert response.status_code == 200
            if not expected:
                continue
            links = source_links(response.content)
            for slug in expected:
                assert links.get(files[slug]["url"]) == files[slug]["name"][language], (page.url, slug)


def test_a_glossary_term_shows_the_law_it_rests_on(client, content):
    term = GlossaryTermPage.objects.get(locale=content["sv"], slug="personuppgiftsansvarig")
    english = term.get_translation(content["en"])
    links = source_links(client.get(english.url).content)
    assert "https://eur-lex.europa.eu/eli/reg/2016/679/oj" in links
    assert "General Data Protection Regulation" in links["https://eur-lex.europa.eu/eli/reg/2016/679/oj"]


def test_the_sources_page_lists_each_source_with_the_pages_that_use_it(client, content):
    for language, address in (("sv", "/sv/rattskallor/"), ("en", "/en/legal-sources/")):
        index = LegalSourceIndexPage.objects.get(locale=content[language])
        assert index.url == address
        soup = BeautifulSoup(client.get(address).content, "html.parser")
        afs = soup.find(id="source-afs-2023-2").find_parent("section")
        guide = MethodGuidePage.objects.get(locale=content["sv"], slug="systematiskt-arbetsmiljoarbete")
        assert guide.get_translation(content[language]).title in afs.get_text()
        assert afs.find("a", href=LegalSource.objects.get(slug="afs-2023-2", locale=content[language]).url)


def test_check_date_is_shown_only_for_sources_someone_has_checked(client, content):
    checked = LegalSource.objects.get(locale=content["sv"], slug="sfs-2000-625")
    checked.last_checked = datetime.date(2026, 11, 29)
    checked.save()
    soup = BeautifulSoup(client.get("/sv/rattskallor/").content, "html.parser")
    for source in LegalSource.objects.filter(locale=content["sv"]):
        section = soup.find(id=f"source-{source.slug}").find_parent("section")
        if source.last_checked:
            assert section.find("time")["datetime"] == source.last_checked.isoformat()
        else:
            assert section.find("time") is None
            assert "Inte kontrollerad mot den officiella texten" in section.get_text()
