"""The framework in the reader's language, and which criteria a given reader is asked about."""

from dataclasses import dataclass, field

from wagtail.models import Locale, Page

from glossary.models import GlossaryTermPage
from knowledge.localization import localize
from knowledge.models import OrganisationForm
from methods.models import ExampleRoutinePage, MethodGuidePage

from ..models import Criterion, FrameworkArea, TemplatePage


@dataclass
class AreaView:
    area: FrameworkArea
    criteria: list = field(default_factory=list)

    @property
    def name(self):
        return self.area.quality_area.name

    @property
    def slug(self):
        return self.area.quality_area.slug


class Framework:
    """Every area and criterion in one locale, read once per request (a few queries)."""

    def __init__(self, locale=None):
        self.locale = locale or Locale.get_active()
        criteria = list(
            Criterion.objects.filter(locale=self.locale)
            .select_related("area")
            .prefetch_related("links__page")
            .order_by("area__sort_order", "sort_order")
        )
        self.by_slug = {criterion.slug: criterion for criterion in criteria}
        self.areas = []
        for area in FrameworkArea.objects.filter(locale=self.locale).select_related("quality_area"):
            view = AreaView(area, [c for c in criteria if c.area_id == area.quality_area_id])
            if view.criteria:
                self.areas.append(view)

    def org_form_slugs(self):
        return OrganisationForm.objects.filter(locale=self.locale).values_list("slug", flat=True)

    def org_forms(self):
        return OrganisationForm.objects.filter(locale=self.locale).order_by("facet", "sort_order")

    @staticmethod
    def asked(criterion, state):
        """Whether this reader is asked about the criterion: provider-only criteria only for providers; for
        the smallest organisations the minimum path, plus what the law requires of providers."""
        if criterion.providers_only and not state.provider:
            return False
        if state.small and not state.show_all:
            return criterion.minimum_path or (state.provider and bool(criterion.legal_requirement))
        return True

    def areas_for(self, state):
        areas = []
        for view in self.areas:
            criteria = [c for c in view.criteria if self.asked(c, state)]
            if criteria:
                areas.append(AreaView(view.area, criteria))
        return areas


def help_pages(criteria, locale):
    """criterion.pk -> {"guides": [...], "routines": [...], "terms": [...], "templates": [...]}, pages live
    in the reader's language. Templates are found by their Swedish slug, when they exist."""
    sources = {link.page_id for criterion in criteria for link in criterion.links.all()}
    specific = {page.pk: page for page in Page.objects.filter(pk__in=sources).live().specific()}
    template_slugs = {slug for criterion in criteria for slug in criterion.template_slug_list()}
    templates = {}
    if template_slugs:
        # Criteria name templates by their Swedish slug (editors may name one before it is written).
        for template in TemplatePage.objects.live().filter(
            locale__language_code="sv", slug__in=template_slugs
        ):
            templates[template.slug] = template
    result = {}
    for criterion in criteria:
        pages = [specific[link.page_id] for link in criterion.links.all() if link.page_id in specific]
        pages = [page for page in localize(pages, locale) if page is not None]
        result[criterion.pk] = {
            "guides": [p for p in pages if isinstance(p, MethodGuidePage)],
            "routines": [p for p in pages if isinstance(p, ExampleRoutinePage)],
            "terms": [p for p in pages if isinstance(p, GlossaryTermPage)],
            "templates": [
                page
                for page in localize(
                    [templates[s] for s in criterion.template_slug_list() if s in templates], locale
                )
                if page is not None
            ],
        }
    return result
