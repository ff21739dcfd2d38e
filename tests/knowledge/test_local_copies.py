"""A page rendered without the page cache reads the site's structure (the page directory), the taxonomy and
the lists of related pages from the process's memory (knowledge/local_copy.py). Each change a reader can see
must still show on the next page, with the page cache off and on."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from glossary.models import GlossaryTermPage
from knowledge.models import HomePage, StandardPage
from methods.models import ExampleRoutinePage, MethodGuidePage, RegionSectionPage
from methods.models.guide import GuideTermLink
from tests.helpers import page_in


@pytest.fixture(params=[0, 600], ids=["page cache off", "page cache on"])
def page_cache(request, settings):
    settings.PAGE_CACHE_SECONDS = request.param
    return request.param


def soup_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def menu(client, url):
    return [a.get_text(strip=True) for a in soup_of(client, url).select("#main-nav-list a")]


def related_terms(client, url):
    """{term: short definition} in the guide's "Begrepp" list."""
    soup = soup_of(client, url)
    return {
        item.dt.get_text(strip=True): item.dd.get_text(strip=True)
        for item in soup.select("#related .term-list > div")
    }


def guide():
    return page_in(MethodGuidePage, "sv", slug="avvikelsehantering")


def test_a_page_published_into_the_menu_shows_there_and_leaves_when_unpublished(client, content, page_cache):
    home = page_in(HomePage, "sv")
    url = guide().get_url()
    assert "Nytt i menyn" not in menu(client, url)
    page = StandardPage(title="Nytt i menyn", slug="nytt-i-menyn", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    assert "Nytt i menyn" in menu(client, url)
    assert client.get(page.get_url()).status_code == 200
    page.unpublish()
    assert "Nytt i menyn" not in menu(client, url)
    assert client.get("/sv/nytt-i-menyn/").status_code == 404


def test_a_moved_routine_is_served_at_its_new_address(client, content, page_cache):
    routine = ExampleRoutinePage.objects.live().filter(locale=content["sv"]).order_by("path").first()
    sections = RegionSectionPage.objects.filter(locale=content["sv"])
    section = sections.exclude(pk=routine.get_parent().pk).first()
    old_url = routine.get_url()
    assert client.get(old_url).status_code == 200
    routine.move(section, pos="last-child")
    routine.refresh_from_db()
    assert routine.get_url() != old_url
    assert client.get(routine.get_url()).status_code == 200
    # The old address leads to the new one (Wagtail's redirects), not to a page served from memory.
    old = client.get(old_url)
    assert old.status_code == 301 and old["Location"] == routine.get_url()


def test_a_related_terms_new_definition_shows_on_the_guide_at_once(client, content, page_cache):
    page = guide()
    terms = related_terms(client, page.get_url())
    assert terms
    term = page_in(GlossaryTermPage, "sv", term=next(iter(terms)))
    term.short_definition = "En ny och kortare definition."
    term.save_revision().publish()
    assert related_terms(client, page.get_url())[term.term] == "En ny och kortare definition."


def test_an_unpublished_routine_leaves_the_guides_related_list(client, content, page_cache):
    page = guide()
    soup = soup_of(client, page.get_url())
    linked = [a.get_text(strip=True) for a in soup.select("#related h3 + ul a")]
    routine = ExampleRoutinePage.objects.live().filter(locale=content["sv"], title__in=linked).first()
    assert routine is not None
    routine.unpublish()
    soup = soup_of(client, page.get_url())
    assert routine.title not in [a.get_text(strip=True) for a in soup.select("#related h3 + ul a")]


def test_a_view_restriction_hides_a_page_from_readers_at_once(client, content, page_cache):
    """Also with the page cache on: a page cached before it was restricted is not served from the cache."""
    page = guide()
    url = page.get_url()
    client.get(url)
    client.get(url)  # cached, when the cache is on
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(url)
    assert response.status_code == 302 and "login" in response["Location"]
    restriction.delete()
    assert client.get(url).status_code == 200


def test_a_preview_shows_the_drafts_related_terms_not_the_published_ones(client, content, admin_user):
    page = guide()
    published = related_terms(client, page.get_url())
    other = (
        GlossaryTermPage.objects.live()
        .filter(locale=content["sv"])
        .exclude(term__in=published)
        .order_by("title")
        .first()
    )
    draft = page.get_latest_revision_as_object()
    draft.term_links = [GuideTermLink(term=other)]
    request = RequestFactory().get(page.get_url())
    request.user = admin_user
    response = draft.make_preview_request(request)
    response.render()
    soup = BeautifulSoup(response.content, "html.parser")
    shown = [item.dt.get_text(strip=True) for item in soup.select("#related .term-list > div")]
    assert shown == [other.term]
    # The published guide still shows its own terms.
    assert related_terms(client, page.get_url()) == published


def test_a_guide_published_again_leads_the_home_pages_latest_guides(client, content, page_cache):
    home = page_in(HomePage, "sv")

    def latest():
        soup = soup_of(client, home.get_url())
        return [a.get_text(strip=True) for a in soup.find(id="featured-heading").parent.select("a")]

    shown = latest()
    page = MethodGuidePage.objects.live().filter(locale=content["sv"]).exclude(title__in=shown).first()
    page.save_revision().publish()
    assert latest()[0] == page.title


def test_a_process_that_missed_a_publish_is_served_and_catches_up(client, content, settings, monkeypatch):
    """Without a shared cache, another process's publish does not reach this one's generation: a page
    missing from its directory is still served (its parent's ``route`` reads its children from the
    database), and the menu catches up within the age limit."""
    from knowledge import local_copy
    from knowledge.page_directory import page_directory

    settings.PAGE_CACHE_SECONDS = 0
    home = page_in(HomePage, "sv")
    before = page_directory()
    page = StandardPage(title="Från en annan process", slug="fran-en-annan-process", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    local_copy.keep("page-directory", before)  # as if the publish had happened in another process

    assert client.get(page.get_url()).status_code == 200
    assert "Från en annan process" not in menu(client, home.get_url())
    monkeypatch.setattr(local_copy, "MAX_AGE_SECONDS", 0)
    assert "Från en annan process" in menu(client, home.get_url())
