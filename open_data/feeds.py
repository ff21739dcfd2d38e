"""Atom feeds of new and updated guides, routines and terms, one per language (/sv/flode/, /en/feed/)."""

import uuid

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from glossary.models import GlossaryTermPage
from methods.models import ExampleRoutinePage, MethodGuidePage

from .licence import licence

FEED_LENGTH = 50
FEED_TYPES = (MethodGuidePage, ExampleRoutinePage, GlossaryTermPage)


class UpdatesFeed(Feed):
    feed_type = Atom1Feed
    author_name = "Kvalitetsnavet"

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Locale.get_active()

    def title(self, locale):
        return _("Kvalitetsnavet: nya och uppdaterade handledningar, rutiner och begrepp")

    def subtitle(self, locale):
        return _("Metodhandledningar, exempelrutiner och begrepp, nyast först.")

    def link(self, locale):
        return f"/{locale.language_code}/"

    def feed_url(self, locale):
        return reverse("exports:feed")

    def feed_copyright(self, locale):
        name, url = licence()
        return f"{name} ({url})"

    def items(self, locale):
        # Newest change first; last_published_at changes on every publish, so an edited guide comes back up.
        return (
            Page.objects.live()
            .public()
            .type(*FEED_TYPES)
            .filter(locale=locale)
            .order_by("-last_published_at", "-pk")
            .specific()[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        # Stable across title and slug changes: the page's translation key plus its language.
        return uuid.uuid5(item.translation_key, item.locale.language_code).urn

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(item._meta.verbose_name)]
