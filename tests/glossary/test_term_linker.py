"""The term linker on its own (glossary/term_links.py): which use of a term becomes the link, in rich text as
the editor writes it. Terms are built for each test; the expected HTML is written out by hand."""

import pytest
from bs4 import BeautifulSoup

from glossary.term_links import TermLinker
from tests.factories import GlossaryTermPageFactory, site_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def glossary():
    return site_tree().glossary


def term(glossary, word):
    return GlossaryTermPageFactory(parent=glossary, term=word, short_definition=f"Om {word}.")


def linked_words(html):
    """[(linked word, href)] in the order they appear."""
    return [(a.get_text(), a["href"]) for a in BeautifulSoup(str(html), "html.parser").select(".term__link")]


def test_text_in_headings_links_and_code_is_never_linked(glossary):
    avvikelse = term(glossary, "avvikelse")
    html = (
        "<h2>Avvikelse</h2>"
        '<p><a href="/annat/">en avvikelse</a> och <code>avvikelse</code>, '
        "<strong>sedan</strong> varje avvikelse.</p>"
    )
    linked = TermLinker([avvikelse]).link(html)
    assert linked_words(linked) == [("avvikelse", avvikelse.get_url())]
    soup = BeautifulSoup(str(linked), "html.parser")
    assert soup.h2.get_text() == "Avvikelse" and soup.code.get_text() == "avvikelse"
    assert soup.select_one("a[href='/annat/']").get_text() == "en avvikelse"


def test_the_longer_headword_wins_and_the_shorter_links_a_later_use(glossary):
    phrase = term(glossary, "socialt företag")
    word = term(glossary, "företag")
    linked = TermLinker([word, phrase]).link(
        "<p>Ett socialt företag är ett företag med ett socialt syfte.</p>"
    )
    assert linked_words(linked) == [
        ("socialt företag", phrase.get_url()),
        ("företag", word.get_url()),
    ]


def test_an_inflected_use_is_linked_and_the_text_around_it_reads_the_same(glossary):
    rutin = term(glossary, "rutin")
    html = "<p>Styrelsen &amp; ledningen antar rutinerna &lt;i tid&gt;, och &quot;alla&quot; följer dem.</p>"
    linked = TermLinker([rutin]).link(html)
    assert linked_words(linked) == [("rutinerna", rutin.get_url())]
    paragraph = BeautifulSoup(str(linked), "html.parser").p
    assert (
        paragraph.get_text()
        == "Styrelsen & ledningen antar rutinerna" + "Om rutin." + ' <i tid>, och "alla" följer dem.'
    )


def test_each_term_is_linked_once_across_the_texts_of_a_page(glossary):
    avvikelse = term(glossary, "avvikelse")
    linker = TermLinker([avvikelse])
    first = linker.link("<p>Utan term här.</p>")
    second = linker.link("<p>En avvikelse.</p>")
    third = linker.link("<p>Ännu en avvikelse.</p>")
    assert str(first) == "<p>Utan term här.</p>"
    assert linked_words(second) == [("avvikelse", avvikelse.get_url())]
    assert str(third) == "<p>Ännu en avvikelse.</p>"


def test_a_term_inside_an_earlier_terms_definition_is_not_linked(glossary):
    """The first term's hidden definition mentions the second; the second links its own use in the text."""
    plan = GlossaryTermPageFactory(parent=glossary, term="handlingsplan", short_definition="En plan med mål.")
    mal = term(glossary, "mål")
    linked = TermLinker([plan, mal]).link("<p>En handlingsplan sätter upp mål för året.</p>")
    assert linked_words(linked) == [("handlingsplan", plan.get_url()), ("mål", mal.get_url())]
    definition = BeautifulSoup(str(linked), "html.parser").select_one(".term__preview")
    assert definition.get_text() == "En plan med mål." and not definition.find("a")
