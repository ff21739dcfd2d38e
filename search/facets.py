"""Facets over a list of search hits: content type, quality area and organisation form, with counts.

The search backend returns the best hits in order (at most ``MAX_HITS``); the facet values of those pages are
read from the database, so this works the same on every backend. Each facet's counts are taken over the hits
that match the other facets' choices, so a count is exactly the number of results that choosing it gives.
Page types and their quality-area field are found through the search fields they declare
(``index.FilterField("quality_area")``), not by importing the content apps.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search import index

from knowledge.models import OrganisationForm, PageOrganisationForm, QualityArea

# Content type facet: page model (app_label.model) -> facet value. Anything else is a "page".
PAGE_TYPES = {
    "methods.methodguidepage": "guide",
    "methods.exampleroutinepage": "routine",
    "glossary.glossarytermpage": "term",
}
TYPE_LABELS = {
    "guide": _("Metodhandledningar"),
    "routine": _("Exempelrutiner"),
    "term": _("Begrepp"),
    "page": _("Övriga sidor"),
}
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


def _has_filter_field(model, name):
    return any(isinstance(f, index.FilterField) and f.field_name == name for f in model.get_search_fields())


def facet_values(hit_ids):
    """{page id: {"type": str, "area": slug or None, "form": set of slugs}} for the pages ``hit_ids``."""
    values = {}
    ids_by_model = {}
    for page_id, content_type_id in Page.objects.filter(pk__in=hit_ids).values_list("pk", "content_type_id"):
        content_type = ContentType.objects.get_for_id(content_type_id)  # cached by Django
        key = f"{content_type.app_label}.{content_type.model}"
        values[page_id] = {"type": PAGE_TYPES.get(key, "page"), "area": None, "form": set()}
        ids_by_model.setdefault(content_type.model_class(), []).append(page_id)
    area_ids = {}
    for model, ids in ids_by_model.items():
        if model is not None and _has_filter_field(model, "quality_area"):
            area_ids.update(model.objects.filter(pk__in=ids).values_list("pk", "quality_area_id"))
    area_slugs = dict(QualityArea.objects.filter(pk__in=set(area_ids.values())).values_list("pk", "slug"))
    for page_id, area_id in area_ids.items():
        values[page_id]["area"] = area_slugs.get(area_id)
    tagged = PageOrganisationForm.objects.filter(content_object_id__in=values.keys()).values_list(
        "content_object_id", "tag__slug"
    )
    for page_id, slug in tagged:
        values[page_id]["form"].add(slug)
    return values


def _matches(page_values, facet, value):
    if facet == "form":
        return value in page_values["form"]
    return page_values[facet] == value


def choices(locale):
    """{facet: {value: label}} of the values a reader may choose, in the reader's language."""
    return {
        "type": {value: str(label) for value, label in TYPE_LABELS.items()},
        "area": dict(QualityArea.objects.filter(locale=locale).values_list("slug", "name")),
        "form": dict(OrganisationForm.objects.filter(locale=locale).values_list("slug", "name")),
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
