"""A Redis that stops answering makes the site slower, never broken: the page cache (and every other use of
Django's cache) is bypassed. A real Redis server is started, and stopped in the middle of the test."""

import contextlib
import subprocess
import time

import redis
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

import config.cache
from contributions.models import ShareRoutinePage
from knowledge.models import QualityArea
from methods.models import MethodGuidePage
from scripts import servers
from tests.helpers import first_page
from tests.operations.appserver import free_port


def redis_cache(url):
    return {
        "default": {
            "BACKEND": "config.cache.TolerantRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


def test_pages_and_search_answer_when_redis_stops(client, content, settings):
    settings.PAGE_CACHE_SECONDS = 600
    page = first_page(MethodGuidePage, "sv")
    guide = page.get_url()
    with translation.override("sv"):
        search = reverse("search") + "?q=rutin"
    with contextlib.ExitStack() as redis_server:
        url = redis_server.enter_context(servers.redis(port=free_port()))
        with override_settings(CACHES=redis_cache(url)):
            cache.clear()
            client.get(guide)
            assert client.get(guide).headers["X-Page-Cache"] == "hit"

            redis_server.close()  # Redis stops here

            for address in (guide, search, guide):
                response = client.get(address)
                assert response.status_code == 200
                assert response.headers.get("X-Page-Cache") != "hit"

            # No change can be recorded while Redis is down, so nothing is served from the process's own
            # copies either (knowledge/local_copy.py): an edit shows on the next page.
            area = QualityArea.objects.get(pk=page.quality_area_id)
            area.name = "Nytt namn medan Redis är nere"
            area.save()
            assert "Nytt namn medan Redis är nere" in client.get(guide).content.decode()


def test_the_share_form_answers_when_redis_stops(client, content):
    # The rate limit counts in the cache: with Redis down a submission is not counted, but it is answered.
    page = ShareRoutinePage.objects.live().get(locale=content["sv"])
    with contextlib.ExitStack() as redis_server:
        url = redis_server.enter_context(servers.redis(port=free_port()))
        with override_settings(CACHES=redis_cache(url)):
            cache.clear()
            assert client.post(page.url, {"title": "Rutin", "website": "spam"}).status_code == 400

            redis_server.close()  # Redis stops here

            for _attempt in range(2):
                response = client.post(page.url, {"title": "Rutin", "website": "spam"})
                assert response.status_code == 400
                assert "ett dolt fält var ifyllt" in response.content.decode()


@contextlib.contextmanager
def redis_with_snapshot(folder, port):
    """A Redis server that keeps its data in ``folder`` when shut down, as Debian's configuration does."""
    process = subprocess.Popen(
        [servers.REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--dir", folder, "--save", ""],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 20
    while True:
        try:
            client.ping()
            break
        except redis.exceptions.ConnectionError:
            assert time.monotonic() < deadline and process.poll() is None, "Redis did not start"
            time.sleep(0.1)
    try:
        yield client
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_an_edit_made_while_redis_was_down_shows_once_it_is_back(
    client, content, settings, monkeypatch, tmp_path
):
    # Redis comes back with the data it held before (a restart from its snapshot, or a network break), but
    # the edit's invalidation could not be recorded meanwhile: the pages it held must not be served again.
    settings.PAGE_CACHE_SECONDS = 600
    monkeypatch.setattr(config.cache, "RETRY_SECONDS", 0.2)
    page = first_page(MethodGuidePage, "sv")
    guide = page.get_url()
    port = free_port()
    with override_settings(CACHES=redis_cache(f"redis://127.0.0.1:{port}/0")):
        with redis_with_snapshot(tmp_path, port) as server:
            cache.clear()
            client.get(guide)
            assert client.get(guide).headers["X-Page-Cache"] == "hit"
            server.shutdown(save=True)  # Redis stops here, keeping its data

        page.title = "Rubrik ändrad medan Redis var nere"
        page.save_revision().publish()
        assert "Rubrik ändrad medan Redis var nere" in client.get(guide).content.decode()

        with redis_with_snapshot(tmp_path, port):
            time.sleep(0.3)
            for _reader in range(2):
                assert "Rubrik ändrad medan Redis var nere" in client.get(guide).content.decode()
