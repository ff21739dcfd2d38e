from .pages import HomePage, StandardPage
from .reviews import ReviewedPageMixin
from .taxonomy import (
    OrganisationForm,
    OrganisationFormFacet,
    OrganisationFormTaggedMixin,
    PageOrganisationForm,
    QualityArea,
    Region,
    SizeBand,
)

__all__ = [
    "HomePage",
    "OrganisationForm",
    "OrganisationFormFacet",
    "OrganisationFormTaggedMixin",
    "PageOrganisationForm",
    "QualityArea",
    "Region",
    "ReviewedPageMixin",
    "SizeBand",
    "StandardPage",
]
