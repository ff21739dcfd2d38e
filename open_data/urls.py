"""Open-data URLs: ``urlpatterns`` (namespace ``open_data``) have no language prefix; ``language_urlpatterns``
(namespace ``exports``) go inside i18n_patterns (/sv/..., /en/...)."""

from django.urls import path, re_path
from django.utils.translation import gettext_lazy as _

from . import views
from .api import api_router  # noqa: F401 - config/urls.py mounts it at /api/v2/ (its own namespace)
from .feeds import UpdatesFeed

urlpatterns = [
    path("api/oembed/", views.oembed, name="oembed"),
    path("id/begrepp/", views.scheme_uri, name="scheme_uri"),
    path("id/begrepp/<uuid:key>", views.term_uri, name="term_uri"),
]

SLUG = r"(?P<index_slug>[-a-z0-9]+)"
language_urlpatterns = [
    # Translated path: /sv/flode/, /en/feed/.
    path(_("flode/"), UpdatesFeed(), name="feed"),
    re_path(rf"^{SLUG}/skos\.ttl$", views.skos_turtle, name="skos_turtle"),
    re_path(rf"^{SLUG}/skos\.jsonld$", views.skos_jsonld, name="skos_jsonld"),
    re_path(rf"^{SLUG}/begrepp\.csv$", views.glossary_csv_view, name="glossary_csv"),
]
