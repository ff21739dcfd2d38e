"""The page cache: anonymous readers get cached pages; editors, forms and the userbar never; and every change
that alters what a cached page shows is visible at once. Runs on local memory in the main test run and on a
real Redis server in ``make test-redis``."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from glossary.models import GlossaryIndexPage
from knowledge.models import QualityArea
from methods.models import ExampleRoutinePage, MethodGuidePage, RegionSectionPage, RoutineIndexPage
from tests.helpers import first_page, page_in


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.headers.get("X-Page-Cache"), response.content.decode()


def cached(client, url):
    """Fetch twice; the second answer must come from the cache. Returns its HTML."""
    fetch(client, url)
    state, html = fetch(client, url)
    assert state == "hit", url
    return html


def new_routine(section, title):
    template = ExampleRoutinePage.objects.live().filter(locale=section.locale).first()
    routine = ExampleRoutinePage(
        title=title,
        summary="Test",
        purpose="<p>Syfte</p>",
        region=section.region,
        size_band=template.size_band,
        quality_area=template.quality_area,
    )
    section.add_child(instance=routine)
    routine.save_revision().publish()
    return routine


def test_anonymous_readers_get_cached_pages_and_editors_never(client, admin_client, content, page_cache):
    url = first_page(MethodGuidePage, "sv").get_url()
    assert fetch(client, url)[0] == "miss"
    html = cached(client, url)
    assert "wagtail-userbar" not in html
    editor_state, editor_html = fetch(admin_client, url)
    assert editor_state is None and "wagtail-userbar" in editor_html  # fresh, with the userbar
    assert "wagtail-userbar" not in fetch(client, url)[1]


def test_a_page_with_a_form_token_is_never_cached(client, content, page_cache):
    from contributions.models import ShareRoutinePage

    url = first_page(ShareRoutinePage, "sv").get_url()
    for _attempt in range(2):
        state, html = fetch(client, url)
        assert state != "hit" and "csrfmiddlewaretoken" in html


def test_publishing_a_page_shows_the_new_version_at_once(client, content, page_cache):
    guide = first_page(MethodGuidePage, "sv")
    cached(client, guide.get_url())
    guide.title = "En helt ny rubrik för handledningen"
    guide.save_revision().publish()
    assert "En helt ny rubrik för handledningen" in fetch(client, guide.get_url())[1]


def test_a_cached_listing_shows_a_newly_published_routine(client, content, page_cache):
    listing = first_page(RoutineIndexPage, "sv").get_url()
    cached(client, listing)
    section = RegionSectionPage.objects.filter(locale=content["sv"]).first()
    new_routine(section, "Rutin för cachetest")
    assert "Rutin för cachetest" in fetch(client, listing)[1]


def test_unpublishing_and_deleting_remove_a_routine_from_the_cached_listing(client, content, page_cache):
    listing = first_page(RoutineIndexPage, "sv").get_url()
    section = RegionSectionPage.objects.filter(locale=content["sv"]).first()
    first, second = new_routine(section, "Första cacherutinen"), new_routine(section, "Andra cacherutinen")
    assert "Första cacherutinen" in cached(client, listing)
    first.unpublish()
    assert "Första cacherutinen" not in fetch(client, listing)[1]
    assert "Andra cacherutinen" in cached(client, listing)
    second.delete()
    assert "Andra cacherutinen" not in fetch(client, listing)[1]


def test_moving_a_routine_updates_its_address_in_the_cached_listing(client, content, page_cache):
    listing = first_page(RoutineIndexPage, "sv").get_url()
    sections = list(RegionSectionPage.objects.filter(locale=content["sv"])[:2])
    routine = new_routine(sections[0], "Flyttad cacherutin")
    old_url = routine.get_url()
    assert old_url in cached(client, listing)
    routine.move(sections[1], pos="last-child")
    routine.refresh_from_db()
    html = fetch(client, listing)[1]
    assert routine.get_url() in html and old_url not in html


def test_publishing_a_translation_updates_the_source_pages_language_switcher(client, content, page_cache):
    guide = first_page(MethodGuidePage, "sv")
    english = guide.get_translation(content["en"])
    english.unpublish()
    assert english.url_path.split("/")[-2] not in cached(client, guide.get_url())
    english.save_revision().publish()
    english.refresh_from_db()
    assert english.get_url() in fetch(client, guide.get_url())[1]


def test_editing_a_taxonomy_label_updates_cached_pages(client, content, page_cache):
    guide = first_page(MethodGuidePage, "sv")
    cached(client, guide.get_url())
    area = QualityArea.objects.get(pk=guide.quality_area_id)
    area.name = "Ett nytt namn på området"
    area.save()
    assert "Ett nytt namn på området" in fetch(client, guide.get_url())[1]


def test_editing_a_synonym_updates_cached_search_results(client, content, page_cache):
    from search.models import SynonymGroup

    with translation.override("sv"):
        url = reverse("search") + "?q=zzqqxx"
    assert 'class="results"' not in cached(client, url)
    SynonymGroup.objects.create(locale=content["sv"], words="zzqqxx, rutin")
    assert 'class="results"' in fetch(client, url)[1]


def test_cached_searches_are_still_counted(client, content, page_cache):
    from search.models import SearchQueryLog

    with translation.override("sv"):
        url = reverse("search") + "?q=avvikelse"
    SearchQueryLog.objects.filter(query="avvikelse").delete()
    cached(client, url)
    fetch(client, url)
    assert SearchQueryLog.objects.get(locale=content["sv"], query="avvikelse").searches == 3


def test_publishing_swedish_text_leaves_translated_english_pages_cached(client, content, page_cache):
    english_glossary = first_page(GlossaryIndexPage, "en").get_url()
    cached(client, english_glossary)
    guide = page_in(MethodGuidePage, "sv", slug=first_page(MethodGuidePage, "sv").slug)
    guide.summary = "En ny sammanfattning"
    guide.save_revision().publish()
    assert fetch(client, english_glossary)[0] == "hit"


def another_process_rendering(monkeypatch):
    """Every render lock is taken, as when another app process is rendering the same address right now."""
    from knowledge import page_cache

    add = page_cache.cache.add
    monkeypatch.setattr(
        page_cache.cache,
        "add",
        lambda key, *args, **kwargs: False if key.startswith("kvn-page-lock") else add(key, *args, **kwargs),
    )


def test_readers_get_the_last_version_only_while_another_process_renders_the_new_one(
    client, content, page_cache, monkeypatch
):
    guide = first_page(MethodGuidePage, "sv")
    cached(client, guide.get_url())
    guide.title = "Rubriken efter publiceringen"
    guide.save_revision().publish()
    with monkeypatch.context() as patch:
        another_process_rendering(patch)
        state, html = fetch(client, guide.get_url())
        assert state == "stale" and "Rubriken efter publiceringen" not in html
    state, html = fetch(client, guide.get_url())
    assert state == "miss" and "Rubriken efter publiceringen" in html


def test_an_unpublished_pages_last_version_is_never_served_after_its_404(
    client, content, page_cache, monkeypatch
):
    guide = first_page(MethodGuidePage, "sv")
    url = guide.get_url()
    cached(client, url)
    guide.unpublish()
    assert client.get(url).status_code == 404
    with monkeypatch.context() as patch:
        another_process_rendering(patch)
        assert client.get(url).status_code == 404
