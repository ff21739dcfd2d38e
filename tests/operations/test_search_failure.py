"""A search server that does not answer degrades search, never breaks it: the page says search is limited
and shows the pages whose title holds the words; autocomplete answers from titles. The Elasticsearch
backend is pointed at a port where nothing listens (as after the server has stopped)."""

import contextlib
import socket
import time

from django.urls import reverse
from django.utils import translation

from search.backends.settings import search_backends
from tests.operations.appserver import free_port


def test_search_and_autocomplete_answer_when_elasticsearch_is_down(client, content, settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        {"ELASTICSEARCH_URL": f"http://127.0.0.1:{free_port()}", "ELASTICSEARCH_VERSION": "7"}
    )
    settings.WAGTAILSEARCH_BACKENDS["default"]["TIMEOUT"] = 2
    with translation.override("sv"):
        search_url, suggest_url = reverse("search"), reverse("search_autocomplete")
    response = client.get(search_url, {"q": "klagomål"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sökfunktionen är begränsad just nu" in html
    assert 'class="results"' in html and "Klagomål" in html
    suggestions = client.get(suggest_url, {"q": "klag"})
    assert suggestions.status_code == 200
    assert any(item["title"].startswith("Klagomål") for item in suggestions.json()["results"])


@contextlib.contextmanager
def hung_server():
    """A server that accepts connections and never answers, like a search server that hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()


def test_a_hung_search_server_holds_one_search_not_every_one(client, content, settings):
    with hung_server() as url, translation.override("sv"):
        settings.WAGTAILSEARCH_BACKENDS = search_backends(
            {"ELASTICSEARCH_URL": url, "ELASTICSEARCH_VERSION": "7"}
        )
        settings.WAGTAILSEARCH_BACKENDS["default"]["TIMEOUT"] = 1
        search_url, suggest_url = reverse("search"), reverse("search_autocomplete")
        assert client.get(search_url, {"q": "klagomål"}).status_code == 200  # waits for the timeout once
        started = time.monotonic()
        for query in ("handledning", "avvikelse", "samverkan"):
            response = client.get(search_url, {"q": query})
            assert response.status_code == 200
            assert "Sökfunktionen är begränsad just nu" in response.content.decode()
            assert client.get(suggest_url, {"q": query[:4]}).status_code == 200
        assert time.monotonic() - started < 1, "each search waited for the hung server again"
