"""How the quality-system tools show up on other apps' pages, without those apps importing this one."""

from django.template.loader import render_to_string
from wagtail import hooks

from methods.models import ExampleRoutinePage, MethodGuidePage

from .models import templates_for


@hooks.register("page_extras")
def related_templates(page, request):
    """The "Mallar" list on a guide or routine that a template names among its usages."""
    if not isinstance(page, MethodGuidePage | ExampleRoutinePage):
        return ""
    templates = list(templates_for(page))
    if not templates:
        return ""
    return render_to_string(
        "quality_system/includes/related_templates.html", {"templates": templates}, request=request
    )
