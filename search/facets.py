"""Facets over a list of search hits: content type, quality area and organisation form, with counts.

The search backend returns the best hits in order (at most ``MAX_HITS``); the facet values of those pages are
read from the database (and the cached taxonomy), so this works the same on every backend. Each facet's
counts are taken over the hits that match the other facets' choices, so a count is exactly the number of
results that choosing it gives.
Page types, their facet value and their quality area come from the contract in ``knowledge.searchable``
(see ``service.hit_rows``), not from the content apps' names or fields.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from knowledge.models import OrganisationForm, PageOrganisationForm, QualityArea
from knowledge.searchable import OTHER_PAGES, result_type_of, result_types
from knowledge.taxonomy_cache import taxonomy

FACETS = [("type", _("Typ av innehåll")), ("area", _("Kvalitetsområde")), ("form", _("Organisationsform"))]


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)
    selected: str = ""


def facet_values(hit_ids, rows):
    """{page id: {"type": str, "area": slug or None, "form": set of slugs, "form_ids": [tag ids]}} for the
    pages ``hit_ids``; ``rows`` are the hits' HitRows (type and quality area). One query, for the tags."""
    terms = taxonomy()
    values = {}
    for page_id in hit_ids:
        row = rows.get(page_id)
        if row is None:
            continue
        area = terms.get(QualityArea, row.quality_area_id) if row.quality_area_id else None
        values[page_id] = {
            "type": result_type_for(row.content_type_id).key,
            "area": area.slug if area else None,
            "form": set(),
            "form_ids": [],
        }
    tagged = PageOrganisationForm.objects.filter(content_object_id__in=values.keys()).values_list(
        "content_object_id", "tag_id"
    )
    for page_id, tag_id in tagged:
        tag = terms.get(OrganisationForm, tag_id)
        if tag is not None:
            values[page_id]["form"].add(tag.slug)
            values[page_id]["form_ids"].append(tag_id)
    return values


def result_type_for(content_type_id):
    """The result type of the page model with this content type (from Django's cached content types)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return result_type_of(model) if model is not None else OTHER_PAGES


def _matches(page_values, facet, value):
    if facet == "form":
        return value in page_values["form"]
    return page_values[facet] == value


def choices(locale):
    """{facet: {value: label}} of the values a reader may choose, in the reader's language."""
    terms = taxonomy()
    return {
        "type": {result_type.key: str(result_type.plural) for result_type in result_types()},
        "area": {area.slug: area.name for area in terms.in_locale(QualityArea, locale.pk)},
        "form": {tag.slug: tag.name for tag in terms.in_locale(OrganisationForm, locale.pk)},
    }


def apply_facets(hit_ids, values, selected):
    """The hit ids, in order, that match every selected facet value."""
    wanted = {f: v for f, v in selected.items() if v}
    return [
        pk for pk in hit_ids if pk in values and all(_matches(values[pk], f, v) for f, v in wanted.items())
    ]


def facet_counts(hit_ids, values, selected, labels):
    """The facets to show: for each, its options with counts, in the order of ``labels``."""
    facets = []
    for name, label in FACETS:
        others = {f: v for f, v in selected.items() if f != name}
        pool = apply_facets(hit_ids, values, others)
        counter = Counter()
        for pk in pool:
            found = values[pk]["form"] if name == "form" else [values[pk][name]]
            counter.update(value for value in found if value)
        options = [
            FacetOption(value, option_label, counter[value], selected.get(name) == value)
            for value, option_label in labels[name].items()
            if counter[value] or selected.get(name) == value
        ]
        facets.append(Facet(name, label, options, selected.get(name, "")))
    return facets
