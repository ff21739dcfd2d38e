"""A region's section of the routine tree."""

from django.db import models
from django.shortcuts import redirect
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from knowledge.visibility import CachedViewRestrictionsMixin


class RegionSectionPage(CachedViewRestrictionsMixin, Page):
    """A region's part of the routine tree: it carries the region's page permissions and moderation workflow.

    It has no page of its own for readers: its address leads to the routine listing filtered by the region.
    """

    region = models.ForeignKey(
        "knowledge.Region", verbose_name=_("region"), on_delete=models.PROTECT, related_name="+"
    )

    content_panels = [*Page.content_panels, FieldPanel("region")]
    # Nothing for readers to find here: the section's routines are indexed on their own pages.
    search_fields = []
    parent_page_types = ["methods.RoutineIndexPage"]
    subpage_types = ["methods.ExampleRoutinePage"]

    class Meta:
        verbose_name = _("regionens exempelrutiner")
        verbose_name_plural = _("regionernas exempelrutiner")

    @property
    def summary(self):
        return ""

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        self.update_routine_regions()
        return result

    def update_routine_regions(self):
        """Routines take their region from their section (ExampleRoutinePage.save): a routine whose region
        differs from the section's (it was just moved here, or the section's region was changed) is saved
        again, so that the listing filter, search and the API follow."""
        from .routine import ExampleRoutinePage  # routine.py imports this module

        for routine in ExampleRoutinePage.objects.child_of(self).exclude(region_id=self.region_id):
            routine.save(update_fields=["region"])

    def serve(self, request, *args, **kwargs):
        parent = self.get_parent()
        return redirect(f"{parent.get_url(request)}?{urlencode({'region': self.region.slug})}")

    def get_sitemap_urls(self, request=None):
        return []
