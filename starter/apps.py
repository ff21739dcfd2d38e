from django.apps import AppConfig


class StarterConfig(AppConfig):
    """Loads the starter content of every app from content/ (``manage.py load_demo_content``) and checks it
    (``python -m starter.files``). It has no models; it may import every content app, none imports it."""

    name = "starter"
    verbose_name = "Startinnehåll"
