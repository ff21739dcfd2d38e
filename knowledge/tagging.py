"""Reading organisation-form tags for display: in the reader's language, grouped by facet, in bulk."""

from collections import defaultdict

from wagtail.models import Locale

from .localization import localize
from .models import OrganisationForm, OrganisationFormFacet, PageOrganisationForm


def attach_organisation_forms(pages):
    """Set ``page.localized_organisation_forms`` on each page: a list of tags in the active language.

    Two queries for any number of pages and tags (one for the tags, one for their translations).
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return pages
    items = (
        PageOrganisationForm.objects.filter(content_object_id__in=[page.pk for page in pages])
        .select_related("tag")
        .order_by("tag__facet", "tag__sort_order", "tag__name")
    )
    tags_by_page = defaultdict(list)
    rows = list(items)
    localized = localize([row.tag for row in rows])
    for row, tag in zip(rows, localized, strict=True):
        tags_by_page[row.content_object_id].append(tag)
    for page in pages:
        page.localized_organisation_forms = tags_by_page.get(page.pk, [])
    return pages


def organisation_forms_by_facet(page):
    """[(facet label, [tags])] for one page, legal form first, in the reader's language."""
    if not hasattr(page, "localized_organisation_forms"):
        attach_organisation_forms([page])
    groups = []
    for facet in OrganisationFormFacet:
        tags = [tag for tag in page.localized_organisation_forms if tag.facet == facet.value]
        if tags:
            groups.append((facet.label, tags))
    return groups


def all_organisation_forms_count():
    """How many organisation forms there are (tags are kept on the Swedish ones, shared by translations)."""
    return OrganisationForm.objects.filter(locale=Locale.get_default()).count()
