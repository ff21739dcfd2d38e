"""The "Share a routine" page in the starter content (content/pages.yaml, share_routine), in every language.

Connected to the loader's ``starter_content_loaded`` signal: methods cannot import this app, which builds
on it.
"""

from django.dispatch import receiver

from methods.starter.loader import starter_content_loaded
from methods.starter.translation import StringPairs

from .models import ShareRoutinePage


@receiver(starter_content_loaded, dispatch_uid="contributions_share_page")
def load_share_page(sender, loader, **kwargs):
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
            loader.home, ShareRoutinePage(slug=slug, show_in_menus=True, locale=loader.sv, **fields)
        )
    loader.ensure_translation(page, pairs)
    loader.log("Sidan Dela en rutin.")
