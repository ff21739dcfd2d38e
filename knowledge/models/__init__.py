from .legal_sources import LegalSource, LegalSourceIndexPage, PageLegalSource, legal_sources_of
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
    "LegalSource",
    "LegalSourceIndexPage",
    "OrganisationForm",
    "OrganisationFormFacet",
    "OrganisationFormTaggedMixin",
    "PageLegalSource",
    "PageOrganisationForm",
    "QualityArea",
    "Region",
    "ReviewedPageMixin",
    "SizeBand",
    "StandardPage",
    "legal_sources_of",
]
