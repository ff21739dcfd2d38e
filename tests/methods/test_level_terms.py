""" "Grundnivå" and "utvecklad nivå" (the self-assessment's levels, defined in the glossary) link to their
definitions where a guide or a routine uses them, also in the steps and inflected ("den utvecklade nivån")."""

import pytest
from bs4 import BeautifulSoup

from glossary.models import GlossaryTermPage
from glossary.term_links import headword_pattern
from methods.models import ExampleRoutinePage, MethodGuidePage
from tests.helpers import page_in

WORDS = {
    "sv": {"grundniva": "grundnivån", "utvecklad-niva": "den utvecklade nivån"},
    "en": {"grundniva": "basic level", "utvecklad-niva": "developed level"},
}


def level_links(client, page):
    soup = BeautifulSoup(client.get(page.get_url()).content, "html.parser")
    return soup, soup.select(".steps .term__link")


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize(
    "model, slug",
    [
        (MethodGuidePage, "internrevision-och-egenkontroll"),
        (ExampleRoutinePage, "egenkontroll-och-aktgranskning"),
    ],
)
def test_level_mentions_in_steps_link_to_their_definitions(client, content, language, model, slug):
    page = page_in(model, "sv", slug=slug).get_translation(content[language])
    soup, links = level_links(client, page)
    by_href = {link["href"]: link for link in links}
    for term_slug, words in WORDS[language].items():
        term = page_in(GlossaryTermPage, "sv", slug=term_slug).get_translation(content[language])
        link = by_href.get(term.url)
        assert link is not None, f"{term.term} is not linked in the steps of {page.url}"
        assert words.split()[-1].lower() in link.get_text().lower()
        definition = soup.find(id=link["aria-describedby"])
        assert definition.get_text() == term.short_definition
    # Each term once per page: its first use.
    hrefs = [link["href"] for link in soup.select("main .term__link")]
    assert len(hrefs) == len(set(hrefs))


def test_a_phrase_is_found_inflected_but_not_inside_other_words(db):
    pattern = headword_pattern("utvecklad nivå")
    assert pattern.search("bedömer om vi når den utvecklade nivån för varje").group(0) == "utvecklade nivån"
    assert pattern.search("på utvecklad nivå").group(0) == "utvecklad nivå"
    assert pattern.search("outvecklad nivå") is None
    assert headword_pattern("grundnivå").search("Grundnivån räcker").group(0) == "Grundnivån"
