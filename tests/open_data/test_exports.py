"""The glossary as SKOS and CSV, stable term URIs, Atom feeds, oEmbed and the licence on every page."""

import csv
import io
import json
import re

import feedparser
import pytest
from django.test import override_settings
from pyld import jsonld
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import FOAF, RDF, SKOS

from glossary.models import GlossaryIndexPage, GlossaryTermPage
from methods.models import ExampleRoutinePage, MethodGuidePage
from open_data.uris import term_uri
from starter.files import load_content
from tests.helpers import PAGE_TYPES, first_page, page_in


def skos(client, extension="ttl", language="sv"):
    index = first_page(GlossaryIndexPage, language)
    response = client.get(f"{index.url}skos.{extension}")
    assert response.status_code == 200
    assert 'rel="license"' in response["Link"]
    graph = Graph()
    graph.parse(data=response.content, format="turtle" if extension == "ttl" else "json-ld")
    return graph


def test_skos_holds_every_live_term_in_both_languages(client, content):
    graph = skos(client)
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    swedish_terms = GlossaryTermPage.objects.live().filter(locale=content["sv"])
    assert len(concepts) == swedish_terms.count() == len(load_content().terms)
    for term in swedish_terms:
        concept = URIRef(term_uri(term))
        labels = {label.language: str(label) for label in graph.objects(concept, SKOS.prefLabel)}
        english = term.get_translation(content["en"])
        assert labels == {"sv": term.term, "en": english.term}
        assert Literal(term.short_definition, lang="sv") in set(graph.objects(concept, SKOS.definition))
    assert len(set(graph.subjects(RDF.type, SKOS.ConceptScheme))) == 1


def test_skos_related_terms_and_alternative_labels(client, content):
    graph = skos(client)
    asf = page_in(GlossaryTermPage, "sv", slug="arbetsintegrerande-socialt-foretag")
    alt = {str(label) for label in graph.objects(URIRef(term_uri(asf)), SKOS.altLabel)}
    assert "ASF" in alt
    related = set(graph.objects(URIRef(term_uri(asf)), SKOS.related))
    assert related, "the term has related terms on its page"


def test_skos_jsonld_says_the_same_as_turtle(client, content):
    assert isomorphic(skos(client, "ttl"), skos(client, "jsonld"))


def test_skos_leaves_out_an_unpublished_term(client, content):
    term = first_page(GlossaryTermPage, "sv")
    term.unpublish()
    assert URIRef(term_uri(term)) not in set(skos(client).subjects(RDF.type, SKOS.Concept))


def test_exports_live_beside_the_glossary_only(client, content):
    assert client.get("/sv/begrepp/skos.ttl").status_code == 200
    assert client.get("/en/glossary/skos.jsonld").status_code == 200
    assert client.get("/sv/metodhandledningar/skos.ttl").status_code == 404


def test_glossary_csv_has_a_row_per_term_and_language(client, content):
    response = client.get("/sv/begrepp/begrepp.csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 2 * len(load_content().terms)
    assert {row["language"] for row in rows} == {"sv", "en"}
    assert any("ö" in row["term"] or "ä" in row["term"] for row in rows)
    assert {row["licence"] for row in rows} == {"https://creativecommons.org/licenses/by/4.0/"}


def test_term_uri_survives_a_new_title_and_slug(client, content):
    term = page_in(GlossaryTermPage, "sv", slug="avvikelse")
    uri = term_uri(term)
    path = uri.split("127.0.0.1:8000")[-1]
    term.title = term.term = "avvikelse från rutin"
    term.slug = "avvikelse-fran-rutin"
    term.save_revision().publish()
    assert term_uri(term) == uri
    response = client.get(path)
    assert response.status_code == 303
    assert response["Location"].endswith("/sv/begrepp/avvikelse-fran-rutin/")
    english = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    assert english["Location"].endswith("/en/glossary/deviation/")


def test_unknown_term_uri_is_404(client, content):
    assert client.get("/id/begrepp/00000000-0000-0000-0000-000000000000").status_code == 404


# -- structured data in pages ----------------------------------------------------------------------------


def schema_org_loader(url, options=None):
    """Resolves schema.org's context without the network: every term is in the schema.org vocabulary."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org")
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": "https://schema.org/"}},
    }


def json_ld_of(client, page):
    html = client.get(page.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    expanded = jsonld.expand(data, {"documentLoader": schema_org_loader})
    return data, {node["@type"][0].rsplit("/", 1)[-1]: node for node in expanded}


@pytest.mark.parametrize("model", [MethodGuidePage, ExampleRoutinePage])
def test_guides_and_routines_are_howtos_with_their_steps(client, content, model):
    page = first_page(model, "sv")
    _data, nodes = json_ld_of(client, page)
    how_to = nodes["HowTo"]
    steps = how_to["https://schema.org/step"]
    assert len(steps) == len(page.steps)
    first = steps[0]["https://schema.org/name"][0]["@value"]
    assert first == page.steps[0].value["title"]
    assert "BreadcrumbList" in nodes


def test_term_is_a_defined_term_in_the_glossary_set(client, content):
    term = page_in(GlossaryTermPage, "en", slug="deviation")
    data, nodes = json_ld_of(client, term)
    defined = nodes["DefinedTerm"]
    assert defined["@id"] == term_uri(term)
    assert defined["https://schema.org/name"][0]["@value"] == term.term
    assert defined["https://schema.org/inDefinedTermSet"][0]["@type"] == ["https://schema.org/DefinedTermSet"]
    crumbs = nodes["BreadcrumbList"]["https://schema.org/itemListElement"]
    assert [item["https://schema.org/position"][0]["@value"] for item in crumbs] == list(
        range(1, len(crumbs) + 1)
    )


def test_json_ld_cannot_break_out_of_its_script(client, content):
    guide = first_page(MethodGuidePage, "sv")
    guide.summary = "</script><script>alert(1)</script>"
    guide.save_revision().publish()
    data, _nodes = json_ld_of(client, guide)
    assert data["@graph"][0]["description"] == "</script><script>alert(1)</script>"


# -- feeds -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "language"), [("/sv/flode/", "sv"), ("/en/feed/", "en")])
def test_feed_is_atom_newest_first_in_its_language(client, content, url, language):
    guide = first_page(MethodGuidePage, language)
    guide.save_revision().publish()  # now the newest change
    response = client.get(url)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.entries[0].title == guide.title
    updated = [entry.updated_parsed for entry in feed.entries]
    assert updated == sorted(updated, reverse=True)
    assert all(f"/{language}/" in entry.link for entry in feed.entries)
    assert "CC BY 4.0" in feed.feed.rights


def test_pages_link_to_their_languages_feed(client, content):
    html = client.get(first_page(MethodGuidePage, "en").url).content.decode()
    assert 'type="application/atom+xml"' in html and 'href="/en/feed/"' in html


# -- embeddable definitions -------------------------------------------------------------------------------


def test_oembed_gives_an_accessible_definition_box(client, content):
    term = page_in(GlossaryTermPage, "sv", slug="avvikelse")
    response = client.get("/api/oembed/", {"url": f"http://testserver{term.url}"})
    assert response.status_code == 200
    data = response.json()
    assert data["type"] == "rich" and data["version"] == "1.0"
    assert term.short_definition in data["html"]
    assert 'lang="sv"' in data["html"] and "aria-label" in data["html"]
    assert "<script" not in data["html"]
    assert data["license_url"] == "https://creativecommons.org/licenses/by/4.0/"


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({}, 400),
        ({"url": "http://testserver/sv/metodhandledningar/"}, 404),
        ({"url": "http://elsewhere.example/sv/begrepp/avvikelse/"}, 404),
        ({"url": "javascript:alert(1)"}, 404),
        ({"url": "http://testserver/sv/begrepp/avvikelse/", "format": "xml"}, 501),
        ({"url": "http://testserver/" + "x" * 3000}, 400),
    ],
)
def test_oembed_refuses_what_is_not_a_term(client, content, params, status):
    response = client.get("/api/oembed/", params)
    assert response.status_code == status
    assert response.json()["error"]


def test_term_pages_advertise_oembed(client, content):
    html = client.get(page_in(GlossaryTermPage, "sv", slug="avvikelse").url).content.decode()
    assert 'type="application/json+oembed"' in html


@pytest.mark.parametrize("model", PAGE_TYPES)
def test_every_page_states_the_content_licence(client, content, model):
    html = client.get(first_page(model, "en").url).content.decode()
    assert 'rel="license"' in html and "CC BY 4.0" in html


@override_settings(PUBLIC_BASE_URL="https://kvalitetsnavet.example")
def test_exports_use_the_public_address(client, content):
    term = page_in(GlossaryTermPage, "sv", slug="avvikelse")
    data, _nodes = json_ld_of(client, term)
    assert data["@graph"][0]["url"] == "https://kvalitetsnavet.example/sv/begrepp/avvikelse/"
    assert data["@graph"][0]["@id"].startswith("https://kvalitetsnavet.example/id/begrepp/")
    pages = {str(page) for page in skos(client).objects(URIRef(term_uri(term)), FOAF.page)}
    assert "https://kvalitetsnavet.example/sv/begrepp/avvikelse/" in pages
    embed = client.get("/api/oembed/", {"url": "https://kvalitetsnavet.example/sv/begrepp/avvikelse/"})
    assert embed.status_code == 200
