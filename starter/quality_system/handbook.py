"""The quality handbook builder page from content/quality_system/handbook.yaml."""

from quality_system.models import HandbookPage

from ..translation import StringPairs


def load(loader):
    data = loader.content.quality_system.get("handbook")
    if data is None:
        return
    pairs = StringPairs("quality_system/handbook.yaml")
    slug = pairs.field("slug", data["slug"])
    fields = {
        "title": pairs.line(data["title"]),
        "search_description": pairs.line(data["description"]),  # the home page's card shows it
        "intro": pairs.rich_text(data["intro"]),
    }
    page = loader.child_by_slug(loader.home, HandbookPage, slug)
    if page is None:
        minimum, provider = data.get("minimum") or {}, data.get("provider") or {}
        page = loader.publish_new(
            loader.home,
            HandbookPage(
                slug=slug,
                show_in_menus=True,
                locale=loader.source,
                last_reviewed=data["last_reviewed"],
                policy_template=data.get("policy_template", ""),
                minimum_routines=", ".join(minimum.get("routines", [])),
                minimum_templates=", ".join(minimum.get("templates", [])),
                provider_routines=", ".join(provider.get("routines", [])),
                provider_templates=", ".join(provider.get("templates", [])),
                **fields,
            ),
        )
    loader.ensure_translation(page, pairs)
    loader.log("Kvalitetshandboken.")
