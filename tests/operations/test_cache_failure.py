"""A Redis that stops answering makes the site slower, never broken: the page cache (and every other use of
Django's cache) is bypassed. A real Redis server is started, and stopped in the middle of the test."""

import contextlib

from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

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
