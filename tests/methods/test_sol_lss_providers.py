"""Pages on duties that bind only providers of services under SoL or LSS carry a marker: a notice on the
page and a listing filter. Readers it does not concern see neither on other pages."""

import pytest
from django.utils import translation

from glossary.models import GlossaryTermPage
from knowledge.models.legal_sources import legal_sources_of
from methods.models import ExampleRoutinePage, MethodGuidePage, MethodIndexPage, RoutineIndexPage
from tests.helpers import first_page

NOTICE = {
    "sv": "Gäller er som utför insatser enligt SoL eller LSS",
    "en": "Applies to you if you provide services under the Social Services Act or LSS",
}
MARKED_GUIDES = {"kvalitetsledningssystem-sol-och-lss", "lex-sarah-rapportera-utreda-anmala"}
NEW_GUIDES = MARKED_GUIDES | {
    "delaktighet-och-deltagarinflytande",
    "tillganglighet-och-skaliga-anpassningar",
    "visselblasning",
    "samverkan-med-arbetsformedlingen",
    "ekonomisk-uppfoljning-och-rapportering",
}
# The sources each new SoL/LSS page must show, in both languages.
SOURCES = {
    "kvalitetsledningssystem-sol-och-lss": {"sosfs-2011-9", "sfs-1993-387", "sfs-2001-453", "sfs-2025-400"},
    "lex-sarah-rapportera-utreda-anmala": {"sfs-1993-387", "sfs-2001-453", "sfs-2025-400", "sosfs-2011-5"},
}
NEW_TERMS = {"ledningssystem-for-systematiskt-kvalitetsarbete", "lex-sarah", "missforhallande", "ivo"}


def swedish_guide(content, slug):
    return MethodGuidePage.objects.get(locale=content["sv"], slug=slug)


def test_the_new_guides_terms_and_routine_exist_in_swedish_and_english(content):
    for slug in NEW_GUIDES:
        guide = swedish_guide(content, slug)
        assert guide.live
        english = guide.get_translation(content["en"])
        assert english.live and english.title != guide.title
    for slug in NEW_TERMS:
        term = GlossaryTermPage.objects.get(locale=content["sv"], slug=slug)
        assert term.source_url.startswith("https://")
        assert term.get_translation(content["en"]).live
    routine = ExampleRoutinePage.objects.get(locale=content["sv"], slug="lex-sarah")
    assert routine.get_translation(content["en"]).live


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_sol_lss_guides_carry_their_legal_sources_in_both_languages(content, language):
    for slug, expected in SOURCES.items():
        page = swedish_guide(content, slug).get_translation(content[language])
        with translation.override(language):  # sources are shown in the reader's language
            sources = legal_sources_of(page)
        assert {source.slug for source in sources} == expected
        assert all(source.locale_id == content[language].pk for source in sources)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_notice_shows_on_marked_guides_and_routine(client, content, language):
    pages = [swedish_guide(content, slug) for slug in MARKED_GUIDES]
    pages.append(ExampleRoutinePage.objects.get(locale=content["sv"], slug="lex-sarah"))
    for page in pages:
        translated = page.get_translation(content[language])
        assert translated.sol_lss_providers, "the marker is synchronised to the translation"
        response = client.get(translated.get_url())
        assert response.status_code == 200
        assert NOTICE[language] in response.content.decode()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_notice_is_absent_where_the_marker_is_not_set(client, content, language):
    for slug in ("avvikelsehantering", "visselblasning"):
        page = swedish_guide(content, slug).get_translation(content[language])
        assert not page.sol_lss_providers
        assert NOTICE[language] not in client.get(page.get_url()).content.decode()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_listing_filter_keeps_only_marked_pages(client, content, language):
    index = first_page(MethodIndexPage, language)
    response = client.get(index.get_url(), {"audience": "sol-lss"})
    assert response.status_code == 200
    shown = {page.get_translation(content["sv"]).slug for page in response.context["items"]}
    assert shown == MARKED_GUIDES

    routines = client.get(first_page(RoutineIndexPage, language).get_url(), {"audience": "sol-lss"})
    assert [item.slug for item in routines.context["items"]] == ["lex-sarah"]
