from glossary.alphabet import initial, sort_key
from glossary.models import GlossaryIndexPage
from starter.files import load_content
from tests.helpers import first_page

DEVIATION_SLUG = "deviation"  # the English slug of avvikelse


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


def test_glossary_index_lists_terms_in_swedish_order(client, content):
    index = first_page(GlossaryIndexPage, "sv")
    response = client.get(index.get_url())
    letters = [letter for letter, _terms in response.context["groups"]]
    assert letters == sorted(letters, key=sort_key)
    assert letters[-1] == "Ö"  # "Överenskommelsen" comes after every Z
    html = response.content.decode()
    assert html.index('id="letter-S"') < html.index('id="letter-Ö"')
    terms = [term.term for _letter, group in response.context["groups"] for term in group]
    assert terms == sorted(terms, key=sort_key)
    assert len(terms) == len(load_content().terms)


def test_glossary_lookup_finds_a_term_by_its_abbreviation(client, content):
    index = first_page(GlossaryIndexPage, "sv")
    response = client.get(index.get_url(), {"q": "ASF"})
    terms = [term.slug for _letter, group in response.context["groups"] for term in group]
    assert "arbetsintegrerande-socialt-foretag" in terms
    assert len(terms) < 60


def test_term_page_shows_not_to_be_confused_with_in_the_readers_language(client, content):
    term = first_page(GlossaryIndexPage, "en").get_children().live().specific().get(slug=DEVIATION_SLUG)
    response = client.get(term.get_url())
    confused = response.context["confused_with"]
    assert confused, "avvikelse is often confused with klagomål"
    assert all(other.locale_id == content["en"].pk for other in confused)
