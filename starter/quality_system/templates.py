"""Templates (mallar) from content/templates/ and their listing page from content/quality_system/.

Idempotent like the rest of the loader: a template that exists (by Swedish slug) is left as it is, so editors'
changes are kept; its English translation is made once, from the pairs registered here.
"""

import uuid

from methods.models import ExampleRoutinePage
from quality_system.models import TemplateIndexPage, TemplatePage, TemplateUsage

from ..translation import StringPairs, stream


def load(loader):
    data = loader.content.quality_system.get("template_index")
    if data is None:
        return
    index = load_index(loader, data)
    for template in loader.content.templates:
        load_template(loader, index, template)
    loader.log(f"Mallar: {len(loader.content.templates)}.")


def load_index(loader, data):
    pairs = StringPairs("quality_system/template_index.yaml")
    slug = pairs.field("slug", data["slug"])
    fields = {
        "title": pairs.line(data["title"]),
        "search_description": pairs.line(data["description"]),  # the home page's card shows it
        "intro": pairs.rich_text(data["intro"]),
    }
    page = loader.child_by_slug(loader.home, TemplateIndexPage, slug)
    if page is None:
        page = loader.publish_new(
            loader.home,
            TemplateIndexPage(
                slug=slug,
                show_in_menus=True,
                last_reviewed=data["last_reviewed"],
                locale=loader.source,
                **fields,
            ),
        )
    loader.ensure_translation(page, pairs)
    return page


def load_template(loader, index, data):
    pairs = StringPairs(data["_file"])
    slug = pairs.field("slug", data["slug"])
    fields = {
        "title": pairs.line(data["title"]),
        "summary": pairs.line(data["summary"]),
        "intro": pairs.rich_text(data["intro"]),
        "body": stream_of(pairs, data["body"]),
    }
    page = loader.child_by_slug(index, TemplatePage, slug)
    if page is None:
        page = TemplatePage(
            slug=slug,
            locale=loader.source,
            quality_area=loader.quality_area(data["quality_area"]),
            last_reviewed=data["last_reviewed"],
            **fields,
        )
        for used in usages(loader, data.get("used_in") or {}):
            page.usages.add(TemplateUsage(page=used))
        loader.publish_new(index, page)
    loader.ensure_translation(page, pairs)


def usages(loader, used_in):
    for slug in used_in.get("guides", []):
        yield loader.guides[slug]
    for slug in used_in.get("routines", []):
        routine = ExampleRoutinePage.objects.filter(locale=loader.source, slug=slug).first()
        if routine is not None:
            yield routine


def items(values):
    # ListBlock items with explicit ids, so wagtail-localize keys their segments stably.
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def stream_of(pairs, body):
    """The body as StreamField data, registering every Swedish/English pair on the way."""

    def optional(value):
        return pairs.line(value) if value else ""

    blocks = []
    for block in body:
        kind = block["type"]
        if kind == "instructions":
            value = {"heading": pairs.line(block["heading"]), "text": pairs.block_text(block["text"])}
        elif kind == "fields":
            value = {
                "heading": optional(block.get("heading")),
                "labels": items(pairs.line(label) for label in block["labels"]),
                "lines": block.get("lines", 1),
            }
        elif kind == "tick_list":
            value = {
                "heading": optional(block.get("heading")),
                "items": items(pairs.line(item) for item in block["items"]),
            }
        elif kind == "table":
            value = {
                "heading": optional(block.get("heading")),
                "columns": items(pairs.line(column) for column in block["columns"]),
                "row_labels": items(pairs.line(label) for label in block.get("row_labels", [])),
                "rows": block.get("rows", 5),
            }
        elif kind == "scale":
            value = {
                "heading": optional(block.get("heading")),
                "steps": items(
                    {"name": pairs.line(step["name"]), "description": pairs.line(step["description"])}
                    for step in block["steps"]
                ),
            }
        else:  # signatures
            value = {
                "heading": pairs.line(block["heading"]),
                "text": optional(block.get("text")),
                "signatures": items(pairs.line(label) for label in block["signatures"]),
            }
        blocks.append(stream(kind, [value])[0])
    return blocks
