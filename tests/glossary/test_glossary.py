"""The glossary: A–Ö in Swedish order, lookup by abbreviation, confusions shown in the reader's language."""

import pytest

from glossary.alphabet import initial, sort_key
from glossary.models import TermRelation
from tests.factories import GlossaryTermPageFactory, locale, site_tree, translate_page


def test_swedish_letters_sort_after_z():
    words = ["Överenskommelsen", "arbetsträning", "Zon", "Ägare", "ämne", "Åtgärd", "avvikelse"]
    assert sorted(words, key=sort_key) == [
        "arbetsträning",
        "avvikelse",
        "Zon",
        "Åtgärd",
        "Ägare",
        "ämne",
        "Överenskommelsen",
    ]
    assert initial("Överenskommelsen") == "Ö"
    assert initial("ändring") == "Ä"


@pytest.fixture
def glossary(db):
    return site_tree().glossary


def groups_of(response):
    return [(letter, [term.term for term in terms]) for letter, terms in response.context["groups"]]


def test_glossary_index_lists_terms_in_swedish_order(client, glossary):
    for word in ("Överenskommelse", "Zon", "avvikelse", "Ägare", "Arbetsträning", "Åtgärd"):
        GlossaryTermPageFactory(parent=glossary, term=word)
    response = client.get(glossary.get_url())
    assert groups_of(response) == [
        ("A", ["Arbetsträning", "avvikelse"]),
        ("Z", ["Zon"]),
        ("Å", ["Åtgärd"]),
        ("Ä", ["Ägare"]),
        ("Ö", ["Överenskommelse"]),
    ]
    html = response.content.decode()
    assert html.index('id="letter-Z"') < html.index('id="letter-Ö"')


def test_glossary_lookup_finds_a_term_by_its_abbreviation(client, glossary):
    GlossaryTermPageFactory(parent=glossary, term="Arbetsintegrerande socialt företag", abbreviations="ASF")
    GlossaryTermPageFactory(parent=glossary, term="Arbetsträning")
    response = client.get(glossary.get_url(), {"q": "ASF"})
    assert groups_of(response) == [("A", ["Arbetsintegrerande socialt företag"])]


def test_term_page_shows_not_to_be_confused_with_in_the_readers_language(client, glossary):
    deviation = GlossaryTermPageFactory(parent=glossary, term="Avvikelse")
    complaint = GlossaryTermPageFactory(parent=glossary, term="Klagomål")
    deviation.relations.add(TermRelation(kind=TermRelation.CONFUSED, target=complaint))
    deviation.save_revision().publish()
    english_complaint = translate_page(complaint)
    english_complaint.term = english_complaint.title = "Complaint"
    english_complaint.save_revision().publish()
    english = translate_page(deviation)

    response = client.get(english.get_url())
    assert [term.term for term in response.context["confused_with"]] == ["Complaint"]
    assert response.context["confused_with"][0].locale == locale("en")
