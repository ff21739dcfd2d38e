"""The quality-system tools in the admin (the self-assessment framework's snippets) and on other apps'
pages (without those apps importing this one)."""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from knowledge.part_cache import cached_part
from methods.models import ExampleRoutinePage, MethodGuidePage

from .models import Criterion, FrameworkArea, templates_for


@hooks.register("page_extras")
def related_templates(page, request):
    """The "Mallar" list on a guide or routine that a template names among its usages."""
    if not isinstance(page, MethodGuidePage | ExampleRoutinePage):
        return ""

    def render():
        templates = list(templates_for(page))
        if not templates:
            return ""
        return render_to_string(
            "quality_system/includes/related_templates.html", {"templates": templates}, request=request
        )

    # Rendered once while the page's cached version is valid; a preview renders it afresh.
    if getattr(request, "is_preview", False):
        return render()
    return cached_part(f"templates-{get_language()}", page, render)


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
