"""Relevance of the search page on the query set in bench/search_queries.yaml: MRR@10 and recall@3."""

from pathlib import Path

import yaml
from django.test import Client
from django.test.utils import setup_test_environment
from django.urls import reverse
from django.utils import translation

QUERY_FILE = Path(__file__).with_name("search_queries.yaml")
TYPE_MODELS = {
    "term": "glossary.glossarytermpage",
    "guide": "methods.methodguidepage",
    "routine": "methods.exampleroutinepage",
    "page": "knowledge.standardpage",
}


def load_queries():
    data = yaml.safe_load(QUERY_FILE.read_text(encoding="utf-8"))
    return [(language, item) for language, items in data.items() for item in items]


def page_key(page):
    content_type = page.content_type
    model = f"{content_type.app_label}.{content_type.model}"
    kind = next((k for k, v in TYPE_MODELS.items() if v == model), "other")
    return f"{kind}:{page.slug}"


def ranked_keys(client, language, query):
    with translation.override(language):
        url = reverse("search")
    response = client.get(url, {"q": query})
    assert response.status_code == 200, (query, response.status_code)
    return [page_key(page) for page in response.context["results_page"].object_list]


def evaluate(client=None):
    """{"mrr": float, "recall3": float, "misses": [...], "count": {"sv": n, "en": n}} over the query set."""
    if client is None:
        setup_test_environment()  # so that responses carry their template context
        client = Client(HTTP_HOST="127.0.0.1")
    reciprocal, recall, misses, count = [], [], [], {}
    for language, item in load_queries():
        count[language] = count.get(language, 0) + 1
        keys = ranked_keys(client, language, item["q"])[:10]
        rank = next((i + 1 for i, key in enumerate(keys) if key in item["expect"]), None)
        reciprocal.append(1 / rank if rank else 0.0)
        recall.append(1.0 if rank and rank <= 3 else 0.0)
        if rank != 1:
            misses.append((language, item["q"], rank, keys[:3]))
    return {
        "mrr": sum(reciprocal) / len(reciprocal),
        "recall3": sum(recall) / len(recall),
        "misses": misses,
        "count": count,
    }
