"""The self-assessment framework in the admin: national editors edit areas and criteria here, and translate
them with wagtail-localize like pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Criterion, FrameworkArea


class FrameworkAreaViewSet(SnippetViewSet):
    model = FrameworkArea
    icon = "folder-open-inverse"
    menu_label = _("Områden")
    list_display = ["quality_area", "iso_9001", "equass"]
    list_filter = ["locale"]


class CriterionViewSet(SnippetViewSet):
    model = Criterion
    icon = "list-ul"
    menu_label = _("Kriterier")
    list_display = ["title", "area", "minimum_path", "providers_only"]
    list_filter = ["locale", "area", "minimum_path", "providers_only"]
    search_fields = ["title", "question"]


class FrameworkGroup(SnippetViewSetGroup):
    items = (FrameworkAreaViewSet, CriterionViewSet)
    menu_icon = "tasks"
    menu_label = _("Självskattning")
    menu_name = "self_assessment"


register_snippet(FrameworkGroup)
