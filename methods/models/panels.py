"""The editor's tabs shared by guide and routine pages, written once.

Both show an editor the page in the order a reader meets it: an overview, the page's own body, its links to
the taxonomy and other pages, its review, then Wagtail's promote and settings tabs.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList, TabbedInterface
from wagtail.models import Page

from knowledge.models import ReviewedPageMixin


def links_panels(*page_links):
    """The "Kopplingar" tab: quality area, organisation forms and the SoL/LSS flag, the page type's own links
    to other pages, then its legal sources."""
    return [
        FieldPanel("quality_area"),
        FieldPanel("organisation_forms"),
        FieldPanel("sol_lss_providers"),
        *page_links,
        InlinePanel("legal_source_links", heading=_("Rättskällor"), label=_("rättskälla")),
    ]


def review_tab_panels(*decision):
    """The review tab: the page type's own ``decision`` fields (a routine's adoption by its board), then
    ``ReviewedPageMixin``'s owner and review dates."""
    return [*decision, *ReviewedPageMixin.review_panels()]


def content_tabs(*, overview, body, links, review):
    """A TabbedInterface of ``(heading, panels)`` pairs, followed by Wagtail's promote and settings tabs."""
    tabs = [overview, body, links, review]
    return TabbedInterface(
        [
            *(ObjectList(panels, heading=heading) for heading, panels in tabs),
            ObjectList(Page.promote_panels, heading=_("Marknadsföring")),
            ObjectList(Page.settings_panels, heading=_("Inställningar")),
        ]
    )
