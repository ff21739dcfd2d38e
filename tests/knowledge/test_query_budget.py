"""Every public page type renders, uncached, within a fixed budget of SQL queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contributions.models import ShareRoutinePage
from glossary.models import GlossaryIndexPage, GlossaryTermPage
from knowledge.models import HomePage, LegalSourceIndexPage, StandardPage
from methods.models import ExampleRoutinePage, MethodGuidePage, MethodIndexPage, RoutineIndexPage
from quality_system.models import HandbookPage, SelfAssessmentPage, TemplateIndexPage, TemplatePage
from tests.helpers import first_page

# Issue 14: at most 12. The site and locale, the taxonomy, and the legal sources and templates listed on a
# guide or routine come from the cache (knowledge/lookup_cache.py, taxonomy_cache.py, part_cache.py).
QUERY_BUDGET = 12


def queries_for(client, url):
    client.get(url)  # per-process caches (site root paths, translations) are warm in a running site
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return queries


def page_url(model, language):
    return first_page(model, language).get_url()


PAGES = {
    "home": lambda language: page_url(HomePage, language),
    "standard": lambda language: page_url(StandardPage, language),
    "guide": lambda language: page_url(MethodGuidePage, language),
    "guide listing": lambda language: page_url(MethodIndexPage, language),
    "routine": lambda language: page_url(ExampleRoutinePage, language),
    "routine listing": lambda language: page_url(RoutineIndexPage, language),
    "filtered routine listing": lambda language: page_url(RoutineIndexPage, language) + "?size=1-9",
    "glossary": lambda language: page_url(GlossaryIndexPage, language),
    "term": lambda language: page_url(GlossaryTermPage, language),
    "share a routine": lambda language: page_url(ShareRoutinePage, language),
    "search": lambda language: reverse("search") + ("?q=rutin" if language == "sv" else "?q=routine"),
    "search with a definition": lambda language: reverse("search") + "?q=ASF",
    "self-assessment": lambda language: page_url(SelfAssessmentPage, language),
    "handbook": lambda language: page_url(HandbookPage, language),
    "template listing": lambda language: page_url(TemplateIndexPage, language),
    "template": lambda language: page_url(TemplatePage, language),
    "legal sources": lambda language: page_url(LegalSourceIndexPage, language),
}


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_renders_within_the_query_budget(client, content, settings, name, language):
    settings.SEARCH_LOG_FLUSH_SECONDS = 3600  # counted later, after the response (see search/querylog.py)
    from django.utils import translation

    with translation.override(language):
        url = PAGES[name](language)
    queries = queries_for(client, url)
    report = "\n".join(query["sql"][:300] for query in queries)
    assert len(queries) <= QUERY_BUDGET, f"{url}: {len(queries)} queries\n{report}"
