"""A page's number of SQL queries must not grow with its number of tags, steps or related items."""

import uuid

from django.db import connection
from django.test.utils import CaptureQueriesContext

from glossary.models import GlossaryTermPage
from knowledge.models import OrganisationForm
from methods.models import (
    ExampleRoutinePage,
    GuideTermLink,
    MethodGuidePage,
    MethodIndexPage,
    RegionSectionPage,
    RoutineGuideLink,
    RoutineIndexPage,
)
from tests.helpers import first_page


def stream(block_type, values):
    return [{"type": block_type, "value": value, "id": str(uuid.uuid4())} for value in values]


def make_guide(parent, area, size, terms, forms, routine_parent, region):
    guide = MethodGuidePage(
        title=f"Handledning med {size}",
        slug=f"matning-{size}",
        summary="Test",
        purpose="<p>Syfte</p>",
        quality_area=area,
        steps=stream("step", [{"title": f"Steg {n}", "text": "Text"} for n in range(size)]),
        checklist=stream("item", [{"text": f"Punkt {n}"} for n in range(size)]),
        indicators=stream(
            "indicator", [{"name": f"I{n}", "how": "h", "when": "w", "source": "s"} for n in range(size)]
        ),
    )
    guide.organisation_forms.add(*forms[:size])
    for term in terms[:size]:
        guide.term_links.add(GuideTermLink(term=term))
    parent.add_child(instance=guide)
    guide.save_revision().publish()
    for n in range(size):
        routine = ExampleRoutinePage(
            title=f"Rutin {size}-{n}",
            slug=f"rutin-{size}-{n}",
            summary="Test",
            purpose="<p>Syfte</p>",
            region=region,
            size_band="1-9",
            quality_area=area,
        )
        routine.organisation_forms.add(*forms[:size])
        routine.guide_links.add(RoutineGuideLink(guide=guide))
        routine_parent.add_child(instance=routine)
        routine.save_revision().publish()
    return guide


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_guide_page_queries_do_not_grow_with_tags_steps_or_related_items(client, content):
    parent = first_page(MethodIndexPage, "sv")
    existing = first_page(ExampleRoutinePage, "sv")
    routine_parent = RegionSectionPage.objects.get(region=existing.region, locale=content["sv"])
    terms = list(GlossaryTermPage.objects.live().filter(locale=content["sv"])[:8])
    forms = list(OrganisationForm.objects.filter(locale=content["sv"])[:8])
    few = make_guide(parent, existing.quality_area, 1, terms, forms, routine_parent, existing.region)
    many = make_guide(parent, existing.quality_area, 8, terms, forms, routine_parent, existing.region)
    assert count_queries(client, few.get_url()) == count_queries(client, many.get_url())


def test_listing_queries_do_not_grow_with_the_number_of_tagged_items(client, content):
    index = first_page(RoutineIndexPage, "sv")
    routines = list(ExampleRoutinePage.objects.live().filter(locale=content["sv"]))
    # Filtering down to one routine versus showing all of them: same number of queries.
    one = routines[0]
    few_url = f"{index.get_url()}?region={one.region.slug}&area={one.quality_area.slug}"
    assert count_queries(client, few_url) == count_queries(client, index.get_url())
