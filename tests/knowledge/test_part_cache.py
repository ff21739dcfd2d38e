"""The legal sources and templates listed on a guide come from the cache (knowledge/part_cache.py), and a
reader sees each change as soon as it is published, with the page cache off (the parts' own cache) and on."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site

from knowledge.models import LegalSource, PageLegalSource
from methods.models import MethodGuidePage
from quality_system.models import TemplateIndexPage, TemplatePage, TemplateUsage
from tests.helpers import page_in


@pytest.fixture(params=[0, 600], ids=["page cache off", "page cache on"])
def page_cache(request, settings):
    settings.PAGE_CACHE_SECONDS = request.param
    return request.param


def section_text(client, url, heading_id):
    response = client.get(url)
    assert response.status_code == 200
    heading = BeautifulSoup(response.content, "html.parser").find(id=heading_id)
    return "" if heading is None else heading.parent.get_text(" ", strip=True)


def guide():
    return page_in(MethodGuidePage, "sv", slug="avvikelsehantering")


def publish_template(title, page):
    template = TemplatePage(title=title, slug="ny-mall", summary="Ny mall.", intro="<p>Så här.</p>", body=[])
    template.usages.add(TemplateUsage(page=page))
    page_in(TemplateIndexPage, "sv").add_child(instance=template)
    template.save_revision().publish()
    return template


def test_a_guides_lists_cost_no_query_once_cached(client, content):
    url = guide().get_url()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    tables = " ".join(query["sql"] for query in queries)
    assert 'FROM "knowledge_legalsource" ' not in tables
    assert '"quality_system_templateusage"' not in tables


def test_a_newly_published_template_shows_on_the_guide_it_names(client, content, page_cache):
    url = guide().get_url()
    assert "Mall för vårt nya flöde" not in section_text(client, url, "templates-heading")
    publish_template("Mall för vårt nya flöde", guide())
    assert "Mall för vårt nya flöde" in section_text(client, url, "templates-heading")


def test_an_unpublished_template_leaves_the_guide(client, content, page_cache):
    url = guide().get_url()
    template = page_in(TemplatePage, "sv", title="Avvikelserapport")
    assert "Avvikelserapport" in section_text(client, url, "templates-heading")
    template.unpublish()
    assert "Avvikelserapport" not in section_text(client, url, "templates-heading")


def test_an_edited_legal_source_shows_its_new_name(client, content, page_cache):
    page = guide()
    source = LegalSource.objects.get(pk=PageLegalSource.objects.filter(page=page).first().source_id)
    assert source.name in section_text(client, page.get_url(), "legal-sources-heading")
    source.name = "Lagen med ett nytt namn"
    source.save()
    assert "Lagen med ett nytt namn" in section_text(client, page.get_url(), "legal-sources-heading")


def test_a_legal_source_removed_from_a_published_guide_leaves_it(client, content, page_cache):
    page = guide()
    links = list(page.legal_source_links.all())
    removed = links[0].source
    assert removed.name in section_text(client, page.get_url(), "legal-sources-heading")
    page.legal_source_links = links[1:]
    page.save_revision().publish()
    assert removed.name not in section_text(client, page.get_url(), "legal-sources-heading")


def test_a_new_site_and_a_changed_locale_are_seen_at_once_though_both_are_cached(rf, content):
    """knowledge/lookup_cache.py keeps sites and locales in the cache; saving either drops them."""
    home = Site.objects.get(is_default_site=True).root_page
    assert Site.find_for_request(rf.get("/", HTTP_HOST="andra.example")).site_name != "Andra"
    Site.objects.create(hostname="andra.example", root_page=home, site_name="Andra")
    assert Site.find_for_request(rf.get("/", HTTP_HOST="andra.example")).site_name == "Andra"

    english = Locale.objects.get_for_language("en")
    english.language_code = "de"
    english.save()
    with pytest.raises(Locale.DoesNotExist):
        Locale.objects.get_for_language("en")
