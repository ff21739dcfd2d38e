from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    """The content as open, machine-readable data: API, SKOS glossary, JSON-LD, Atom feeds, oEmbed."""

    name = "open_data"
    verbose_name = _("Öppna data")
