"""A guide and a routine lead on: terms linked at their first use with their definition, related guides,
routines and terms listed. Built for each test, so the expected links are known, not asked of the code."""

import pytest
from bs4 import BeautifulSoup

from methods.models import GuideTermLink, RoutineGuideLink
from tests.factories import (
    ExampleRoutinePageFactory,
    GlossaryTermPageFactory,
    MethodGuidePageFactory,
    QualityAreaFactory,
    site_tree,
    translate_page,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return site_tree()


def soup_of(client, page):
    response = client.get(page.get_url())
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def link_terms(guide, *terms):
    for term in terms:
        guide.term_links.add(GuideTermLink(term=term))
    guide.save_revision().publish()


def test_a_related_term_is_linked_at_its_first_use_with_its_definition(client, tree):
    term = GlossaryTermPageFactory(
        parent=tree.glossary, term="Avvikelse", short_definition="Något som gick fel."
    )
    guide = MethodGuidePageFactory(
        parent=tree.methods, purpose="<p>En avvikelse rapporteras samma dag. Varje avvikelse följs upp.</p>"
    )
    link_terms(guide, term)

    soup = soup_of(client, guide)
    (link,) = soup.select("main .prose .term__link")  # the first use only
    assert link["href"] == term.get_url()
    assert link.get_text() == "avvikelse"
    definition = soup.find(id=link["aria-describedby"])
    assert definition.get_text() == "Något som gick fel."
    assert definition.has_attr("hidden"), "shown by script on hover and focus, read by screen readers"


def test_a_term_the_guide_does_not_relate_is_not_linked(client, tree):
    GlossaryTermPageFactory(parent=tree.glossary, term="Avvikelse")
    guide = MethodGuidePageFactory(parent=tree.methods, purpose="<p>En avvikelse rapporteras.</p>")
    assert not soup_of(client, guide).select("main .prose .term__link")


def test_guide_lists_guides_of_its_quality_area_its_routines_and_terms(client, tree):
    area = QualityAreaFactory()
    guide = MethodGuidePageFactory(parent=tree.methods, quality_area=area)
    same_area = MethodGuidePageFactory(parent=tree.methods, quality_area=area)
    other_area = MethodGuidePageFactory(parent=tree.methods)
    term = GlossaryTermPageFactory(parent=tree.glossary)
    link_terms(guide, term)
    section = tree.section()
    routine = ExampleRoutinePageFactory(parent=section, region=section.region)
    routine.guide_links.add(RoutineGuideLink(guide=guide))
    routine.save_revision().publish()

    hrefs = {a["href"] for a in soup_of(client, guide).find(id="related").find_all("a")}
    assert {same_area.get_url(), routine.get_url(), term.get_url()} <= hrefs
    assert other_area.get_url() not in hrefs
    assert guide.get_url() not in hrefs


def test_routine_lists_the_guides_it_implements_and_their_terms(client, tree):
    term = GlossaryTermPageFactory(parent=tree.glossary)
    guide = MethodGuidePageFactory(parent=tree.methods)
    link_terms(guide, term)
    unrelated = MethodGuidePageFactory(parent=tree.methods)
    section = tree.section()
    routine = ExampleRoutinePageFactory(parent=section, region=section.region)
    routine.guide_links.add(RoutineGuideLink(guide=guide))
    routine.save_revision().publish()

    soup = soup_of(client, routine)
    hrefs = {a["href"] for related in soup.select("section.related") for a in related.find_all("a")}
    assert {guide.get_url(), term.get_url()} <= hrefs
    assert unrelated.get_url() not in hrefs


def test_an_english_guide_links_the_english_term(client, tree):
    term = GlossaryTermPageFactory(parent=tree.glossary, term="Avvikelse")
    guide = MethodGuidePageFactory(parent=tree.methods, purpose="<p>En avvikelse rapporteras.</p>")
    link_terms(guide, term)
    english_term = translate_page(term)
    english_term.term, english_term.short_definition = "Deviation", "Something that went wrong."
    english_term.save_revision().publish()
    english = translate_page(guide)
    english.purpose = "<p>A deviation is reported the same day.</p>"
    english.save_revision().publish()

    soup = soup_of(client, english)
    (link,) = soup.select("main .prose .term__link")
    assert link["href"] == english_term.get_url()
    assert soup.find(id=link["aria-describedby"]).get_text() == "Something that went wrong."
