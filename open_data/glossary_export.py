"""The glossary as a vocabulary: one SKOS concept scheme holding every language, and a CSV for spreadsheets.

One concept per term (its translation key), with a label, definition and alternative labels in each language
that has a live translation. Only live, public terms are exported.
"""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, SKOS, XSD

from glossary.models import GlossaryTermPage, TermRelation

from .licence import licence
from .uris import page_url, scheme_uri, term_uri

# SKOS has no "not to be confused with"; this small vocabulary of our own keeps that link machine-readable.
KVN = Namespace("https://kvalitetsnavet.se/ns#")


@dataclass
class Concept:
    uri: str
    versions: dict = field(default_factory=dict)  # language code -> (term page, absolute url)
    related: list = field(default_factory=list)  # URIs
    confused_with: list = field(default_factory=list)  # URIs


def concepts(request=None):
    """Every live, public term as a Concept, in alphabetical order of the source term. Two queries."""
    terms = GlossaryTermPage.objects.live().public().select_related("locale").order_by("term")
    by_key = {}
    for term in terms:
        concept = by_key.setdefault(str(term.translation_key), Concept(uri=term_uri(term)))
        concept.versions[term.locale.language_code] = (term, page_url(term, request))
    source = settings.LANGUAGE_CODE
    relations = TermRelation.objects.filter(page__locale__language_code=source, page__live=True).values_list(
        "page__translation_key", "kind", "target__translation_key", "target__live"
    )
    for page_key, kind, target_key, target_live in relations:
        concept = by_key.get(str(page_key))
        if concept is None or not target_live or str(target_key) not in by_key:
            continue
        target = by_key[str(target_key)].uri
        (concept.related if kind == TermRelation.RELATED else concept.confused_with).append(target)
    return [concept for concept in by_key.values() if source in concept.versions]


def skos_graph(request=None):
    graph = Graph()
    graph.bind("skos", SKOS)
    graph.bind("dct", DCTERMS)
    graph.bind("foaf", FOAF)
    scheme = URIRef(scheme_uri())
    licence_name, licence_url = licence()
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, DCTERMS.title, Literal("Kvalitetsnavets begreppslista", lang="sv")))
    graph.add((scheme, DCTERMS.title, Literal("Kvalitetsnavet glossary", lang="en")))
    graph.add((scheme, DCTERMS.license, URIRef(licence_url)))
    graph.add((scheme, DCTERMS.rights, Literal(licence_name)))
    graph.add((scheme, DCTERMS.publisher, Literal("Kvalitetsnavet")))
    for concept in concepts(request):
        node = URIRef(concept.uri)
        graph.add((node, RDF.type, SKOS.Concept))
        graph.add((node, SKOS.inScheme, scheme))
        graph.add((scheme, SKOS.hasTopConcept, node))
        for language, (term, url) in concept.versions.items():
            graph.add((node, SKOS.prefLabel, Literal(term.term, lang=language)))
            graph.add((node, SKOS.definition, Literal(term.short_definition, lang=language)))
            for word in [*term.synonym_list(), *term.abbreviation_list()]:
                graph.add((node, SKOS.altLabel, Literal(word, lang=language)))
            graph.add((node, FOAF.page, URIRef(url)))
            if language == settings.LANGUAGE_CODE:
                if term.source:
                    graph.add((node, DCTERMS.source, Literal(term.source, lang=language)))
                if term.source_url:
                    graph.add((node, DCTERMS.source, URIRef(term.source_url)))
                if term.last_published_at:
                    graph.add(
                        (node, DCTERMS.modified, Literal(term.last_published_at.date(), datatype=XSD.date))
                    )
        for target in concept.related:
            graph.add((node, SKOS.related, URIRef(target)))
        for target in concept.confused_with:
            graph.add((node, KVN.notToBeConfusedWith, URIRef(target)))
    return graph


CSV_COLUMNS = [
    "uri",
    "language",
    "term",
    "short_definition",
    "synonyms",
    "abbreviations",
    "related",
    "not_to_be_confused_with",
    "source",
    "source_url",
    "last_checked",
    "url",
    "licence",
]


def glossary_csv(request=None):
    """One row per term and language; UTF-8 with a byte-order mark so spreadsheet programs read å, ä, ö."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    _name, licence_url = licence()
    for concept in concepts(request):
        for language, (term, url) in concept.versions.items():
            writer.writerow(
                [
                    concept.uri,
                    language,
                    term.term,
                    term.short_definition,
                    "; ".join(term.synonym_list()),
                    "; ".join(term.abbreviation_list()),
                    " ".join(concept.related),
                    " ".join(concept.confused_with),
                    term.source,
                    term.source_url,
                    term.last_checked.isoformat() if term.last_checked else "",
                    url,
                    licence_url,
                ]
            )
    return "\ufeff" + buffer.getvalue()
