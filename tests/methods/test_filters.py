"""Filtering the listings by organisation form, quality area and region."""

import pytest

from knowledge.models import PageOrganisationForm
from methods.models import ExampleRoutinePage, MethodGuidePage, MethodIndexPage, RoutineIndexPage
from tests.helpers import first_page


def tagged_page_ids(model, locale, slug):
    # Tags are synchronised from the Swedish source, so the expected set is computed from the through table.
    ids = PageOrganisationForm.objects.filter(tag__slug=slug).values_list("content_object_id", flat=True)
    return set(model.objects.live().filter(locale=locale, pk__in=ids).values_list("pk", flat=True))


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("slug", ["svb-bolag", "stiftelse", "registrerat-trossamfund", "asf", "folkhogskola"])
def test_org_form_filter_returns_only_tagged_routines(client, content, language, slug):
    index = first_page(RoutineIndexPage, language)
    response = client.get(index.get_url(), {"form": slug})
    assert response.status_code == 200
    shown = {item.pk for item in response.context["items"]}
    expected = tagged_page_ids(ExampleRoutinePage, content[language], slug)
    assert expected, f"the starter content has no routine tagged {slug}"
    assert shown == expected


def test_org_form_filter_on_method_guides(client, content):
    index = first_page(MethodIndexPage, "en")
    response = client.get(index.get_url(), {"form": "ideell-forening"})
    shown = {guide.pk for guide in response.context["items"]}
    assert shown == tagged_page_ids(MethodGuidePage, content["en"], "ideell-forening")


def test_quality_area_and_region_filters_combine(client, content):
    index = first_page(RoutineIndexPage, "sv")
    routine = (
        ExampleRoutinePage.objects.live()
        .filter(locale=content["sv"])
        .select_related("region", "quality_area")
        .first()
    )
    response = client.get(index.get_url(), {"area": routine.quality_area.slug, "region": routine.region.slug})
    items = response.context["items"]
    assert routine.pk in {item.pk for item in items}
    assert all(item.region_id == routine.region_id for item in items)
    assert all(item.quality_area.slug == routine.quality_area.slug for item in items)


@pytest.mark.parametrize("params", [{"form": "finns-inte"}, {"area": "<script>"}, {"region": "x" * 500}])
def test_unknown_filter_value_gives_a_clear_400_page(client, content, params):
    index = first_page(RoutineIndexPage, "sv")
    response = client.get(index.get_url(), params)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "<script>" not in html.split('id="main-content"')[1].split("</form>")[0].replace(
        "&lt;script&gt;", ""
    )


def test_organisation_forms_are_shown_in_the_readers_language_grouped_by_facet(client, content):
    routine = (
        ExampleRoutinePage.objects.live()
        .filter(locale=content["en"], organisation_form_items__tag__slug="svb-bolag")
        .first()
    )
    html = client.get(routine.get_url()).content.decode()
    assert "Legal form" in html
    assert "Limited company with special dividend restriction (SVB)" in html
    assert "Activity type" in html
