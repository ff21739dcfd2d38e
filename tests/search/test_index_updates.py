"""With a task worker, a publish invalidates the cached search pages before the worker has updated the
index: a search made in between shows the old results, and must not stay cached once the worker is done."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django_tasks import task_backends

from methods.models import MethodGuidePage
from tests.helpers import first_page


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def search(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.headers.get("X-Page-Cache"), response.content.decode()


def test_a_search_cached_before_the_worker_updated_the_index_shows_the_new_results_after_it(
    client, content, page_cache, settings
):
    # The tasks wait in a queue, as they do for manage.py db_worker in production.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    guide = first_page(MethodGuidePage, "sv")
    guide.title = "Zebrakvalitet i praktiken"
    guide.save_revision().publish()
    with translation.override("sv"):
        url = reverse("search") + "?q=zebrakvalitet"
    search(client, url)
    state, html = search(client, url)
    assert state == "hit" and "Zebrakvalitet i praktiken" not in html  # the old index, kept in the cache

    # The worker runs the queued tasks (the immediate backend runs them as db_worker does, and says so).
    queued = list(task_backends["default"].results)
    assert queued
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    for result in queued:
        result.task.enqueue(*result.args, **result.kwargs)

    assert "Zebrakvalitet i praktiken" in search(client, url)[1]
