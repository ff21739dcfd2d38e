"""The taxonomy (regions, organisation forms, quality areas) and the register of legal sources."""

from knowledge.models import LegalSource, OrganisationForm, QualityArea, Region

from .translation import StringPairs


def load(loader):
    taxonomy = loader.content.taxonomy
    for data in taxonomy["regions"]:
        _region, created = Region.objects.get_or_create(slug=data["slug"], defaults={"name": data["name"]})
        loader.created += created
    for order, data in enumerate(taxonomy["organisation_forms"]):
        load_snippet(loader, OrganisationForm, data, order, facet=data["facet"])
    for order, data in enumerate(taxonomy["quality_areas"]):
        load_snippet(loader, QualityArea, data, order)
    loader.log("Taxonomi: organisationsformer, kvalitetsområden och regioner.")


def load_snippet(loader, model, data, order, **extra):
    pairs = StringPairs(f"taxonomy.yaml:{data['slug']}")
    fields = {
        "name": pairs.line(data["name"]),
        "description": pairs.line(data["description"]),
        "sort_order": order,
        **extra,
    }
    instance = model.objects.filter(slug=data["slug"], locale=loader.source).first()
    if instance is None:
        instance = model.objects.create(slug=data["slug"], locale=loader.source, **fields)
        loader.created += 1
    loader.ensure_translation(instance, pairs)


def load_legal_sources(loader):
    loader.legal_sources = {}
    for data in loader.content.legal_sources:
        pairs = StringPairs(f"legal_sources/{data['_file']}")
        fields = {
            "number": data["number"],
            "name": pairs.line(data["name"]),
            "url": data["url"],
            "requires": pairs.line(data["requires"]),
            "last_checked": data.get("checked"),
        }
        instance = LegalSource.objects.filter(slug=data["slug"], locale=loader.source).first()
        if instance is None:
            instance = LegalSource.objects.create(slug=data["slug"], locale=loader.source, **fields)
            loader.created += 1
        loader.ensure_translation(instance, pairs)
        loader.legal_sources[data["slug"]] = instance
    loader.log(f"Rättskällor: {len(loader.legal_sources)}.")
