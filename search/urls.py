from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

urlpatterns = [
    path(pgettext_lazy("URL", "sok/"), views.search, name="search"),
    path(pgettext_lazy("URL", "sok/forslag/"), views.autocomplete, name="search_autocomplete"),
]
