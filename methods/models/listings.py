"""The two listing pages (guides by quality area, routines with filters) and their shared filter logic."""

from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from knowledge.models import (
    ReviewedPageMixin,
)
from knowledge.tagging import attach_organisation_forms
from knowledge.visibility import CachedViewRestrictionsMixin, public

from ..filters import ListingFilterForm
from .fields import TEXT_FEATURES
from .guide import MethodGuidePage
from .routine import ExampleRoutinePage


class FilteredListingMixin:
    """Serves a listing narrowed by ListingFilterForm; bad filter values give a 400 page with the message."""

    with_region = False

    def listing_queryset(self):
        raise NotImplementedError

    def serve(self, request, *args, **kwargs):
        filter_form = ListingFilterForm(request.GET, locale_id=self.locale_id, with_region=self.with_region)
        request.listing_filter_form = filter_form
        response = super().serve(request, *args, **kwargs)
        if not filter_form.is_valid():
            response.status_code = 400
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filter_form = getattr(request, "listing_filter_form", None) or ListingFilterForm(
            request.GET, locale_id=self.locale_id, with_region=self.with_region
        )
        items = self.listing_queryset()
        if filter_form.is_valid():
            items = filter_form.apply(items)
        items = list(items)
        attach_organisation_forms(items)
        context.update(
            filter_form=filter_form,
            items=items,
            active_filters=filter_form.active_filters(),
            widen=self.widen_filters(request, filter_form) if not items else [],
        )
        return context

    def widen_filters(self, request, filter_form):
        """When the filters leave nothing: for each chosen filter, a link that drops it, and its count."""
        if not filter_form.is_valid():
            return []
        chosen = {name: value for name, value in filter_form.cleaned_data.items() if value}
        options = []
        for name, value in chosen.items():
            fewer = {key: val for key, val in chosen.items() if key != name}
            narrowed = ListingFilterForm(fewer, locale_id=self.locale_id, with_region=self.with_region)
            narrowed.is_valid()
            options.append(
                {
                    "facet": filter_form.fields[name].label,
                    "value": filter_form.labels[name].get(value, value),
                    "url": request.path + (f"?{urlencode(fewer)}" if fewer else ""),
                    "count": narrowed.apply(self.listing_queryset()).count(),
                }
            )
        return options


class MethodIndexPage(CachedViewRestrictionsMixin, FilteredListingMixin, ReviewedPageMixin, Page):
    intro = RichTextField(_("ingress"), blank=True, features=TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = ["methods.MethodGuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("metodhandledningar (lista)")

    @property
    def summary(self):
        return ""

    def listing_queryset(self):
        return (
            public(MethodGuidePage.objects.child_of(self).live())
            .select_related("quality_area")
            .order_by("quality_area__sort_order", "path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        groups = {}
        for guide in context["items"]:
            groups.setdefault(guide.quality_area, []).append(guide)
        context["groups"] = list(groups.items())
        return context


class RoutineIndexPage(CachedViewRestrictionsMixin, FilteredListingMixin, ReviewedPageMixin, Page):
    intro = RichTextField(_("ingress"), blank=True, features=TEXT_FEATURES)
    with_region = True

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    # Routines live in one section per region, so each region's coordinators get page permissions (and a
    # moderation workflow) on their own section only.
    subpage_types = ["methods.RegionSectionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("exempelrutiner (lista)")

    @property
    def summary(self):
        return ""

    def routines(self):
        return public(ExampleRoutinePage.objects.descendant_of(self).live())

    def listing_queryset(self):
        return self.routines().select_related("region", "quality_area").order_by("title")

    def latest_routines(self, count):
        """The newest published routines, for the home page."""
        return self.routines().order_by("-first_published_at")[:count]
