"""Each quality area has a page under the self-assessment: its criteria with the three defined levels and
what shows each, the pages that help, and the crosswalk to ISO 9001:2015, EQUASS and the Trusted Standard
for the area and each criterion. The results, the self-assessment's first step and the guides' listing
link to it."""

import pytest
from bs4 import BeautifulSoup

from methods.models import MethodGuidePage, MethodIndexPage
from quality_system.models import Criterion, FrameworkArea
from tests.helpers import page_in

from .test_assessment import SV_URL, answers, profile

AREA = "avvikelser-och-klagomal"
URL = {
    "sv": f"/sv/sjalvskattning/omrade/{AREA}/",
    "en": f"/en/self-assessment/area/{AREA}/",
}


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_an_area_page_shows_criteria_levels_evidence_and_crosswalk(client, content, language):
    response = client.get(URL[language])
    assert response.status_code == 200
    soup = soup_of(response)
    area = FrameworkArea.objects.get(locale=content[language], quality_area__slug=AREA)
    assert soup.h1.get_text(strip=True) == area.quality_area.name
    text = soup.select_one("#main-content").get_text(" ", strip=True)
    for value in (area.iso_9001, area.equass, area.trusted_standard):
        assert value and value in text
    criteria = Criterion.objects.filter(locale=content[language], area__slug=AREA)
    assert criteria.count() >= 3
    for criterion in criteria:
        section = soup.select_one(f"#kriterium-{criterion.slug}")
        assert section.h3.get_text(strip=True) == criterion.title
        levels = section.select(".area-levels dt")
        assert [dt.get_text(strip=True) for dt in levels] == (
            ["Inte påbörjat", "Grundnivå", "Utvecklad nivå"]
            if language == "sv"
            else ["Not started", "Basic level", "Developed level"]
        )
        section_text = section.get_text(" ", strip=True)
        for _level, description, evidence in criterion.levels():
            assert description in section_text and evidence in section_text
        for _label, value in criterion.crosswalk:
            assert value in section_text
        if not criterion.crosswalk:  # it points to the area's crosswalk instead
            assert section.select_one('a[href="#crosswalk-heading"]') is not None


def test_an_area_page_links_the_guides_that_help_in_the_readers_language(client, content):
    guide = page_in(MethodGuidePage, "sv", slug="avvikelsehantering").get_translation(content["en"])
    soup = soup_of(client.get(URL["en"]))
    section = soup.select_one("#kriterium-avvikelser-rapporteras")
    assert section.select_one(f'a[href="{guide.url}"]') is not None
    # The language switcher leads to the same area's page in Swedish.
    assert soup.select_one(f'.language-switcher a[href="{URL["sv"]}"][hreflang="sv"]') is not None


@pytest.mark.parametrize(
    "url",
    [
        "/sv/sjalvskattning/omrade/finns-inte/",
        "/en/self-assessment/omrade/avvikelser-och-klagomal/",  # the Swedish word in an English address
        "/sv/sjalvskattning/area/avvikelser-och-klagomal/",
    ],
)
def test_an_unknown_area_or_address_is_404(client, content, url):
    assert client.get(url).status_code == 404


def test_the_results_and_the_first_step_link_every_area_page(client, content):
    start = soup_of(client.get(SV_URL))
    links = {a["href"] for a in start.select(".area-list a")}
    assert f"/sv/sjalvskattning/omrade/{AREA}/" in links
    assert len(links) == FrameworkArea.objects.filter(locale=content["sv"]).count()
    for href in links:
        assert client.get(href).status_code == 200

    result = client.post(SV_URL, {**profile(), **answers(content, 1), "op": "result"})
    section = soup_of(result).select_one(f"#omrade-{AREA}")
    assert section.select_one(f'.area-link a[href="{URL["sv"]}"]') is not None


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_guides_listing_links_each_area_to_its_page(client, content, language):
    listing = page_in(MethodIndexPage, language)
    soup = soup_of(client.get(listing.url))
    group = soup.select_one(f'section[aria-labelledby="area-{AREA}"]')
    assert group.select_one(f'.area-link a[href="{URL[language]}"]') is not None


def test_an_edited_criterion_shows_at_once_on_a_cached_area_page(client, content, settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    client.get(URL["sv"])
    assert client.get(URL["sv"]).headers.get("X-Page-Cache") == "hit"
    criterion = Criterion.objects.get(locale=content["sv"], slug="klagomal-tas-emot")
    criterion.title = "Klagomål besvaras inom en vecka"
    criterion.save()
    response = client.get(URL["sv"])
    assert response.headers.get("X-Page-Cache") == "miss"
    assert "Klagomål besvaras inom en vecka" in response.content.decode()
    cache.clear()
