"""The quality-system tools in the admin (the self-assessment framework's snippets) and on other apps'
pages (without those apps importing this one)."""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from knowledge.admin_choosers import TranslatedChooserSnippetViewSet
from knowledge.part_cache import cached_part
from knowledge.request_cache import memo
from methods.models import ExampleRoutinePage, MethodGuidePage

from .models import Criterion, FrameworkArea, SelfAssessmentPage, templates_for


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


def _assessment_areas():
    """The live self-assessment page in the reader's language and the slugs of the areas it has a page for,
    once per request (two queries)."""
    from wagtail.models import Locale

    def find():
        locale = Locale.get_active()
        page = SelfAssessmentPage.objects.live().filter(locale=locale).first()
        if page is None:
            return None, set()
        slugs = set(FrameworkArea.objects.filter(locale=locale).values_list("quality_area__slug", flat=True))
        return page, slugs

    return memo("self-assessment-areas", find)


@hooks.register("quality_area_extras")
def area_page_link(area, request):
    """Under a quality area's heading in the guides' listing: a link to the area's criteria and levels."""
    page, slugs = _assessment_areas()
    if page is None or area.slug not in slugs:
        return ""
    return render_to_string(
        "quality_system/includes/area_link.html",
        {"url": page.area_url(area.slug), "area": area},
        request=request,
    )


class FrameworkAreaViewSet(TranslatedChooserSnippetViewSet):
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
