"""A routine's region is the region of the section it lives in: editors place a routine by where they create
or move it, and the listing's region filter follows."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from knowledge.models import Region
from methods.models import ExampleRoutinePage, RegionSectionPage, RoutineIndexPage
from tests.helpers import first_page


def section(content, region_slug, language="sv"):
    return RegionSectionPage.objects.get(region__slug=region_slug, locale=content[language])


def listed_for_region(client, language, region_slug):
    index = first_page(RoutineIndexPage, language)
    response = client.get(index.get_url(), {"region": region_slug})
    assert response.status_code == 200
    return {item.pk for item in response.context["items"]}


def test_the_editor_form_has_no_region_field(content):
    form_class = ExampleRoutinePage.get_edit_handler().get_form_class()
    assert "region" not in form_class.base_fields


def test_a_routine_created_in_the_admin_takes_its_sections_region(admin_client, content):
    skane = section(content, "skane")
    template = ExampleRoutinePage.objects.filter(locale=content["sv"]).first()
    data = nested_form_data(
        {
            "title": "Rutin för introduktion av nya deltagare",
            "slug": "rutin-introduktion-nya-deltagare",
            "summary": "Hur vi tar emot en ny deltagare den första veckan.",
            "size_band": template.size_band,
            "purpose": rich_text("<p>Alla nya deltagare får samma goda start.</p>"),
            "scope": rich_text(""),
            "responsibilities": rich_text(""),
            "records": rich_text(""),
            "steps": streamfield([]),
            "documents": inline_formset([]),
            "quality_area": template.quality_area_id,
            "organisation_forms": "",
            "guide_links": inline_formset([]),
            "legal_source_links": inline_formset([]),
            "review_interval_months": 12,
            "action-publish": "publish",
        }
    )
    url = reverse("wagtailadmin_pages:add", args=["methods", "exampleroutinepage", skane.pk])
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    routine = ExampleRoutinePage.objects.get(slug="rutin-introduktion-nya-deltagare")
    assert routine.live
    assert routine.region.slug == "skane"


def test_a_routine_moved_to_another_section_takes_its_region_and_is_listed_there(client, content):
    routine = (
        ExampleRoutinePage.objects.live().filter(locale=content["sv"]).exclude(region__slug="skane").first()
    )
    old_region = routine.region.slug
    routine.move(section(content, "skane"), pos="last-child")

    routine.refresh_from_db()
    assert routine.region.slug == "skane"
    assert routine.pk in listed_for_region(client, "sv", "skane")
    assert routine.pk not in listed_for_region(client, "sv", old_region)


def test_a_typed_region_that_differs_from_the_section_is_corrected(content):
    skane = section(content, "skane")
    other = Region.objects.exclude(slug="skane").first()
    template = ExampleRoutinePage.objects.filter(locale=content["sv"]).first()
    routine = ExampleRoutinePage(
        title="Rutin med fel region",
        summary="Test",
        purpose="<p>Syfte</p>",
        region=other,
        size_band=template.size_band,
        quality_area=template.quality_area,
    )
    skane.add_child(instance=routine)
    routine.save_revision().publish()
    assert ExampleRoutinePage.objects.get(pk=routine.pk).region.slug == "skane"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_starter_routine_has_its_sections_region(content, language):
    routines = ExampleRoutinePage.objects.filter(locale=content[language])
    assert routines
    for routine in routines:
        assert routine.region_id == routine.get_parent().specific.region_id, routine.title


def test_routines_follow_when_an_editor_changes_their_sections_region(client, content):
    skane = section(content, "skane")
    routines = set(ExampleRoutinePage.objects.child_of(skane).values_list("pk", flat=True))
    assert routines
    renamed = Region.objects.create(name="Region Testland", slug="testland")
    skane.region = renamed
    skane.save_revision().publish()

    assert set(ExampleRoutinePage.objects.filter(region=renamed).values_list("pk", flat=True)) >= routines
    assert routines <= listed_for_region(client, "sv", "testland")
