"""The method guides, with their organisation forms, related terms and legal sources."""

from methods.models import GuideTermLink, MethodGuidePage

from .translation import StringPairs, stream


def load(loader):
    parent = loader.indexes["method_index"]
    loader.guides = {}
    for data in loader.content.guides:
        pairs = StringPairs(data["_file"])
        slug = pairs.field("slug", data["slug"])
        page = loader.child_by_slug(parent, MethodGuidePage, slug)
        fields = {
            "title": pairs.line(data["title"]),
            "summary": pairs.line(data["summary"]),
            "purpose": pairs.rich_text(data["purpose"]),
            "legal_basis": pairs.rich_text(data["legal_basis"]),
            "responsibility": pairs.rich_text(data["responsibility"]),
            "easy_read": pairs.rich_text(data["easy_read"], per_line=True),
            "steps": loader.steps(pairs, data["steps"]),
            "checklist": stream("item", [{"text": pairs.line(item)} for item in data["checklist"]]),
            "indicators": stream(
                "indicator",
                [
                    {key: pairs.line(ind[key]) for key in ("name", "how", "when", "source")}
                    for ind in data["indicators"]
                ],
            ),
        }
        if page is None:
            page = MethodGuidePage(
                slug=slug,
                locale=loader.source,
                quality_area=loader.quality_area(data["quality_area"]),
                next_review=data["next_review"],
                last_reviewed=data["last_reviewed"],
                sol_lss_providers=data.get("sol_lss_providers", False),
                **fields,
            )
            page.organisation_forms.add(*loader.forms(data["organisation_forms"]))
            for term in data["related_terms"]:
                page.term_links.add(GuideTermLink(term=loader.terms[term]))
            loader.add_legal_sources(page, data.get("legal_sources", []))
            loader.publish_new(parent, page)
        loader.guides[slug] = page
        loader.ensure_translation(page, pairs)
    loader.log(f"Metodhandledningar: {len(loader.guides)}.")
