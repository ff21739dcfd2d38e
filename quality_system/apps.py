from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QualitySystemConfig(AppConfig):
    """Build and adopt your own quality system: self-assessment, board action plan, templates, handbook."""

    name = "quality_system"
    verbose_name = _("Bygg ert kvalitetssystem")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
