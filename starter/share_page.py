"""The contributions app's "Share a routine" page (content/pages.yaml, share_routine), in every language."""

from contributions.models import ShareRoutinePage

from .translation import StringPairs


def load(loader):
    data = loader.content.pages.get("share_routine")
    if data is None:
        return
    pairs = StringPairs("pages.yaml:share_routine")
    slug = pairs.field("slug", data["slug"])
    fields = {
        "title": pairs.line(data["title"]),
        "search_description": pairs.line(data["description"]),  # the home page's card shows it
        "intro": pairs.rich_text(data["intro"]),
        "consent_text": pairs.rich_text(data["consent"]),
        "thanks_text": pairs.rich_text(data["thanks"]),
    }
    page = loader.child_by_slug(loader.home, ShareRoutinePage, slug)
    if page is None:
        page = loader.publish_new(
            loader.home, ShareRoutinePage(slug=slug, show_in_menus=True, locale=loader.source, **fields)
        )
    loader.ensure_translation(page, pairs)
    loader.log("Sidan Dela en rutin.")
