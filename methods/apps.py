from django.apps import AppConfig


class MethodsConfig(AppConfig):
    name = "methods"
    verbose_name = "Metodhandledningar och rutiner"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
