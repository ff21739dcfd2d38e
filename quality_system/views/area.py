"""A quality area's page: its criteria with the three defined levels and what shows each, the pages that help
to move up, and where the same thing sits in ISO 9001:2015, EQUASS and the Trusted Standard (the crosswalk).
A plain, cacheable GET page; the self-assessment's results and the guides' listing link to it."""

from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.models import Locale

from ..assessment.framework import Framework, help_pages
from ..models.pages import area_segment

TEMPLATE = "quality_system/self_assessment_area.html"


def framework_for(locale):
    """The framework in ``locale``; in a language it has not been translated into yet, the Swedish source
    (the page marks it with lang="sv"), as a page without a translation would be."""
    framework = Framework(locale)
    if not framework.areas:
        default = Locale.get_default()
        if default.pk != locale.pk:
            return Framework(default)
    return framework


def area(request, page, segment, slug):
    if segment != area_segment():
        raise Http404
    framework = framework_for(page.locale)
    view = next((area for area in framework.areas if area.slug == slug), None)
    if view is None:
        raise Http404
    for other in framework.areas:
        other.url = page.area_url(other.slug)
    helps = help_pages(view.criteria, page.locale)
    for criterion in view.criteria:
        criterion.help = helps[criterion.pk]  # a per-request instance (Framework reads them afresh)
    context = page.get_context(request)
    context.update(
        area=view,
        areas=framework.areas,
        content_language="" if framework.locale.pk == page.locale_id else framework.locale.language_code,
        subpage_title=view.name,
        # The language switcher and hreflang lead to this area's page in each language.
        subpage_paths=page.area_paths(slug),
    )
    return TemplateResponse(request, TEMPLATE, context)
