"""The read-only content API: only what the public may see, right filters and pages, 400 on bad input."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import PageViewRestriction

from contributions.models import RoutineSubmission
from methods.models import ExampleRoutinePage, MethodGuidePage, MethodIndexPage
from tests.helpers import first_page, page_in

PAGES = "/api/v2/pages/"


def listed_ids(client, **params):
    response = client.get(PAGES, {"limit": 100, **params})
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()  # the throttle counts requests in the cache


def test_api_lists_guides_with_their_structured_fields(client, content):
    guide = first_page(MethodGuidePage, "sv")
    response = client.get(f"{PAGES}{guide.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == guide.title
    assert data["quality_area"]["slug"] == guide.quality_area.slug
    assert [step["value"]["title"] for step in data["steps"]] == [s.value["title"] for s in guide.steps]
    assert data["checklist"] and data["indicators"]
    assert "content_owner" not in data and "owner" not in data["meta"]


def test_english_guide_shows_taxonomy_in_english(client, content):
    guide = first_page(MethodGuidePage, "en")
    data = client.get(f"{PAGES}{guide.pk}/").json()
    area = guide.quality_area.get_translation(content["en"])
    assert data["quality_area"]["name"] == area.name
    assert data["meta"]["locale"] == "en"


def test_api_never_exposes_a_draft(client, content):
    index = first_page(MethodIndexPage, "sv")
    template = first_page(MethodGuidePage, "sv")
    draft = MethodGuidePage(
        title="Utkast som inte får synas",
        slug="utkast-som-inte-far-synas",
        summary="Hemligt utkast.",
        purpose="<p>Utkast.</p>",
        quality_area=template.quality_area,
        live=False,
    )
    index.add_child(instance=draft)
    draft.save_revision()
    assert draft.pk not in listed_ids(client, type="methods.MethodGuidePage")
    assert client.get(f"{PAGES}{draft.pk}/").status_code == 404


def test_api_never_exposes_unpublished_changes(client, content):
    guide = first_page(MethodGuidePage, "sv")
    guide.title = "Opublicerad ändring"
    guide.save_revision()  # a draft of a live page
    data = client.get(f"{PAGES}{guide.pk}/").json()
    assert data["title"] != "Opublicerad ändring"


def test_api_never_exposes_a_private_page(client, content):
    guide = first_page(MethodGuidePage, "sv")
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    assert guide.pk not in listed_ids(client, type="methods.MethodGuidePage")
    assert client.get(f"{PAGES}{guide.pk}/").status_code == 404


def test_api_hides_private_pages_from_logged_in_editors_too(admin_client, content):
    guide = first_page(MethodGuidePage, "sv")
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    assert admin_client.get(f"{PAGES}{guide.pk}/").status_code == 404


def test_api_never_exposes_an_unpublished_translation(client, content):
    english = first_page(MethodGuidePage, "en")
    english.unpublish()
    assert english.pk not in listed_ids(client, locale="en", type="methods.MethodGuidePage")
    assert client.get(f"{PAGES}{english.pk}/").status_code == 404


def test_api_never_exposes_a_submitters_details(client, content):
    routine = first_page(ExampleRoutinePage, "sv")
    RoutineSubmission.objects.create(
        page=routine,
        region=routine.region,
        locale=routine.locale,
        organisation_name="Föreningen som vill vara anonym",
        publish_organisation_name=False,
        contact_email="inskickare@example.org",
        consent_text="Jag samtycker.",
    )
    listing = client.get(PAGES, {"type": "methods.ExampleRoutinePage", "fields": "*", "limit": 100})
    detail = client.get(f"{PAGES}{routine.pk}/")
    for response in (listing, detail):
        body = response.content.decode()
        assert "inskickare@example.org" not in body
        assert "Föreningen som vill vara anonym" not in body


def test_filter_by_quality_area_returns_only_that_area(client, content):
    sam = page_in(MethodGuidePage, "sv", slug="systematiskt-arbetsmiljoarbete")
    slug = sam.quality_area.slug
    found = set()
    for page_type in ("methods.MethodGuidePage", "methods.ExampleRoutinePage"):
        params = {"quality_area": slug, "type": page_type, "fields": "quality_area", "limit": 100}
        items = client.get(PAGES, params).json()["items"]
        assert {item["quality_area"]["slug"] for item in items} == {slug}
        found |= {item["id"] for item in items}
    assert sam.pk in found
    # Without a type, the same pages: guides and routines are the page types that have a quality area.
    assert listed_ids(client, quality_area=slug) == found
    other = MethodGuidePage.objects.live().exclude(quality_area__slug=slug).first()
    assert other.pk not in found


def test_filter_by_organisation_form_and_locale(client, content):
    response = client.get(
        PAGES,
        {
            "organisation_form": "stiftelse",
            "locale": "en",
            "type": "methods.ExampleRoutinePage",
            "fields": "organisation_forms",
            "limit": 100,
        },
    )
    items = response.json()["items"]
    assert items
    for item in items:
        assert item["meta"]["locale"] == "en"
        assert "stiftelse" in {form["slug"] for form in item["organisation_forms"]}


def test_pagination_walks_every_guide_once(client, content):
    everything = client.get(PAGES, {"type": "methods.MethodGuidePage", "locale": "sv", "limit": 100}).json()
    total = everything["meta"]["total_count"]
    seen = []
    for offset in range(0, total, 5):
        page = client.get(
            PAGES, {"type": "methods.MethodGuidePage", "locale": "sv", "limit": 5, "offset": offset}
        )
        seen += [item["id"] for item in page.json()["items"]]
    assert len(seen) == len(set(seen)) == total
    assert everything["meta"]["licence"]["name"] == "CC BY 4.0"


@pytest.mark.parametrize(
    "params",
    [
        {"locale": "xx"},
        {"quality_area": "finns-inte"},
        {"organisation_form": "finns-inte"},
        {"limit": "många"},
        {"offset": "-1"},
        {"type": "finns.Inte"},
        {"okand": "1"},
        {"order": "hemligt_falt"},
        {"fields": "password"},
    ],
)
def test_bad_parameters_give_400(client, content, params):
    response = client.get(PAGES, params)
    assert response.status_code == 400
    assert response.json()["message"]


def test_a_forged_forwarded_for_does_not_dodge_the_rate_limit(client, content):
    # Django REST framework's own throttle believed any X-Forwarded-For; the site's client address
    # (knowledge/client_address.py) trusts it only from the proxies in front.
    with override_settings(OPEN_DATA_API_RATE="3/minute"):
        codes = [client.get(PAGES, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(4)]
    assert codes == [200, 200, 200, 429]


@pytest.mark.parametrize("path", ["/api/v2/pages/find/", "/api/v2/documents/find/"])
@pytest.mark.parametrize("value", ["en", "1.5", "", "99999999999999999999999"])
def test_find_by_an_id_that_is_not_a_number_gives_400(client, content, path, value):
    # Wagtail's find view passed the text on to the database and answered 500 (found by a fuzz run).
    response = client.get(path, {"id": value})
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize("path", [PAGES, "/api/v2/documents/"])
@pytest.mark.parametrize("name", ["offset", "limit"])
def test_a_number_too_big_for_the_database_gives_400(client, content, path, name):
    # 10**23 passed Wagtail's check and overflowed the database's integer: a 500 (found by a fuzz run).
    response = client.get(path, {name: "99999999999999999999999"})
    assert response.status_code == 400
    assert response.json()["message"]


def test_the_api_is_rate_limited(client, content):
    with override_settings(OPEN_DATA_API_RATE="3/minute"):
        codes = [client.get(PAGES).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_documents_in_private_collections_are_not_listed(client, content):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    private = root.add_child(name="Privat samling för test")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    secret = Document.objects.create(
        title="Hemlig bilaga", collection=private, file=ContentFile(b"x", "h.txt")
    )
    public = Document.objects.create(title="Öppen bilaga", collection=root, file=ContentFile(b"x", "o.txt"))
    ids = {item["id"] for item in client.get("/api/v2/documents/", {"limit": 100}).json()["items"]}
    assert public.pk in ids
    assert secret.pk not in ids
