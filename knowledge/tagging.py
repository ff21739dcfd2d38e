"""Reading organisation-form tags for display: in the reader's language, grouped by facet, in bulk."""

from collections import defaultdict

from wagtail.models import Locale

from .models import OrganisationForm, OrganisationFormFacet, PageOrganisationForm
from .taxonomy_cache import taxonomy


def attach_organisation_forms(pages, tag_ids_by_page=None):
    """Set ``page.localized_organisation_forms`` on each page: a list of tags in the active language.

    One query for any number of pages and tags (none when the caller already has ``tag_ids_by_page``,
    {page id: [tag ids]}); the tags themselves come from the cached taxonomy.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return pages
    terms = taxonomy()
    locale_id = Locale.get_active().pk
    tags_by_page = defaultdict(list)
    if tag_ids_by_page is None:
        rows = PageOrganisationForm.objects.filter(content_object_id__in=[page.pk for page in pages])
        pairs = rows.values_list("content_object_id", "tag_id")
    else:
        pairs = [(page.pk, tag_id) for page in pages for tag_id in tag_ids_by_page.get(page.pk, [])]
    for page_id, tag_id in pairs:
        tag = terms.get(OrganisationForm, tag_id)
        if tag is not None:
            tags_by_page[page_id].append(terms.localized(tag, locale_id))
    for page in pages:
        page.localized_organisation_forms = sorted(
            tags_by_page.get(page.pk, []), key=lambda tag: (tag.facet, tag.sort_order, tag.name)
        )
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
    """How many organisation forms there are: the source language has them all (translations can only lack
    some), so the largest count in any language. From the cached taxonomy: no query."""
    counts = [
        len(objects)
        for (model, _locale), objects in taxonomy().by_locale.items()
        if model == "OrganisationForm"
    ]
    return max(counts, default=0)
