"""Method guides (metodhandledningar), example routines (exempelrutiner) and their listing pages.

One module per page type; everything is re-exported here so ``methods.models.X`` keeps working.
"""

from .fields import TEXT_FEATURES
from .guide import GuideTermLink, MethodGuidePage
from .listings import FilteredListingMixin, MethodIndexPage, RoutineIndexPage
from .region_section import RegionSectionPage
from .routine import ExampleRoutinePage, RoutineDocument, RoutineGuideLink

__all__ = [
    "TEXT_FEATURES",
    "ExampleRoutinePage",
    "FilteredListingMixin",
    "GuideTermLink",
    "MethodGuidePage",
    "MethodIndexPage",
    "RegionSectionPage",
    "RoutineDocument",
    "RoutineGuideLink",
    "RoutineIndexPage",
]
