from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"  # "search" alone reads as Wagtail's own search app in the admin
    verbose_name = "Sök"
