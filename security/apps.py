from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "security"
    label = "site_security"  # "security" is too generic a label to claim
    verbose_name = _("Säkerhet")

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
