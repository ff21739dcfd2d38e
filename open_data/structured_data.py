"""schema.org JSON-LD for pages: HowTo for guides and routines, DefinedTerm for terms, BreadcrumbList for all.

Built from the page's own fields so the structured data always says what the page says.
"""

import json

from django.utils.html import strip_tags
from wagtail.models import Page

from glossary.models import GlossaryIndexPage, GlossaryTermPage
from methods.models import ExampleRoutinePage, MethodGuidePage

from .licence import licence
from .uris import page_url, term_uri


def _plain(html):
    return " ".join(strip_tags(str(html)).split())


def _common(page, request):
    _name, licence_url = licence()
    data = {
        "name": page.title,
        "url": page_url(page, request),
        "inLanguage": page.locale.language_code,
        "license": licence_url,
        "publisher": {"@type": "Organization", "name": "Kvalitetsnavet"},
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    return data


def _steps(stream):
    return [
        {
            "@type": "HowToStep",
            "position": position,
            "name": block.value["title"],
            "text": block.value["text"],
        }
        for position, block in enumerate(stream, start=1)
    ]


def _how_to(page, request):
    data = {
        "@type": "HowTo",
        **_common(page, request),
        "description": page.summary,
        "step": _steps(page.steps),
    }
    if page.quality_area_id:
        data["about"] = page.quality_area.name
    return data


def _defined_term(term, request):
    index = term.get_parent().specific
    data = {
        "@type": "DefinedTerm",
        "@id": term_uri(term),
        **_common(term, request),
        "name": term.term,
        "description": term.short_definition,
        "inDefinedTermSet": {
            "@type": "DefinedTermSet",
            "name": index.title,
            "url": page_url(index, request),
        },
    }
    other_words = [*term.synonym_list(), *term.abbreviation_list()]
    if other_words:
        data["alternateName"] = other_words
    if term.source_url:
        data["isBasedOn"] = term.source_url
    return data


def _breadcrumbs(page, request):
    trail = [ancestor for ancestor in page.get_ancestors(inclusive=True) if ancestor.depth > 1]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": page_url(crumb, request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def structured_data(page, request):
    """The JSON-LD graph for ``page`` as a dict (schema.org context), or None for a non-page."""
    if not isinstance(page, Page):
        return None
    graph = []
    if isinstance(page, MethodGuidePage | ExampleRoutinePage):
        graph.append(_how_to(page, request))
    elif isinstance(page, GlossaryTermPage):
        graph.append(_defined_term(page, request))
    elif isinstance(page, GlossaryIndexPage):
        graph.append({"@type": "DefinedTermSet", **_common(page, request), "description": _plain(page.intro)})
    if page.depth > 2:  # the home page needs no trail
        graph.append(_breadcrumbs(page, request))
    if not graph:
        return None
    return {"@context": "https://schema.org", "@graph": graph}


def as_script_json(data):
    """JSON safe inside a <script> element: no character can close the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
