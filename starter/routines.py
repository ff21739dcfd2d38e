"""The example routines, each in its region's section under the routine listing."""

from knowledge.models import Region
from methods.models import ExampleRoutinePage, RoutineGuideLink
from methods.sections import ensure_region_sections

from .translation import StringPairs


def load(loader):
    index = loader.indexes["routine_index"]
    sections = ensure_region_sections(index)
    count = 0
    for data in loader.content.routines:
        pairs = StringPairs(data["_file"])
        slug = pairs.field("slug", data["slug"])
        region = Region.objects.get(slug=data["region"])
        parent = sections[region.pk]
        # Anywhere under the listing: an editor may have moved it to another region's section.
        page = ExampleRoutinePage.objects.descendant_of(index).filter(slug=slug).first()
        if page is None:
            page = ExampleRoutinePage(
                slug=slug,
                locale=loader.source,
                title=pairs.line(data["title"]),
                summary=pairs.line(data["summary"]),
                organisation_name=data["organisation"],
                editorial_example=data["editorial_example"],
                region=region,
                size_band=data["size_band"],
                quality_area=loader.quality_area(data["quality_area"]),
                purpose=pairs.rich_text(data["purpose"]),
                scope=pairs.rich_text(data["scope"]),
                responsibilities=pairs.rich_text(data["responsibilities"]),
                steps=loader.steps(pairs, data["steps"]),
                records=pairs.rich_text(data["records"]),
                review_interval_months=data["review_interval_months"],
                adopted_on=data["adopted"],
                version=data["version"],
                last_reviewed=data["last_reviewed"],
                sol_lss_providers=data.get("sol_lss_providers", False),
            )
            page.organisation_forms.add(*loader.forms(data["organisation_forms"]))
            for guide in data["guides"]:
                page.guide_links.add(RoutineGuideLink(guide=loader.guides[guide]))
            loader.add_legal_sources(page, data.get("legal_sources", []))
            loader.publish_new(parent, page)
        else:
            register_routine_pairs(loader, pairs, data)
        loader.ensure_translation(page, pairs)
        count += 1
    loader.log(f"Exempelrutiner: {count}.")


def register_routine_pairs(loader, pairs, data):
    for key in ("title", "summary"):
        pairs.line(data[key])
    for key in ("purpose", "scope", "responsibilities", "records"):
        pairs.rich_text(data[key])
    loader.steps(pairs, data["steps"])
