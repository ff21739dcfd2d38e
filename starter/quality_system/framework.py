"""Load the self-assessment framework and its page from content/quality_system/ (Swedish first, English as
wagtail-localize translations).

Idempotent like the rest of the loader: an area, criterion or page that already exists (by its slug) keeps
the editors' version; only a missing English translation is added.
"""

from wagtail.models import Page

from knowledge.models import QualityArea
from methods.models import ExampleRoutinePage
from quality_system.models import Criterion, CriterionLink, FrameworkArea, SelfAssessmentPage

from ..translation import StringPairs, stream

CROSSWALK_FIELDS = ("iso_9001", "equass", "trusted_standard")


def load(loader):
    framework = loader.content.framework
    if framework is None:
        return
    count = 0
    for order, area_data in enumerate(framework["areas"]):
        area = QualityArea.objects.get(slug=area_data["area"], locale=loader.source)
        load_area(loader, area, area_data, order)
        for criterion_order, data in enumerate(area_data["criteria"]):
            load_criterion(loader, area, data, order * 100 + criterion_order)
            count += 1
    load_page(loader, framework["page"])
    loader.log(f"Självskattningens kriterier: {count}.")


def crosswalk(pairs, data):
    return {key: pairs.line(data[key]) if key in data else "" for key in CROSSWALK_FIELDS}


def load_area(loader, area, data, order):
    pairs = StringPairs(f"{data['_file']}:area")
    fields = {"intro": pairs.line(data["intro"]), **crosswalk(pairs, data["crosswalk"])}
    instance = FrameworkArea.objects.filter(quality_area=area, locale=loader.source).first()
    if instance is None:
        instance = FrameworkArea.objects.create(
            quality_area=area, locale=loader.source, sort_order=order, **fields
        )
        loader.created += 1
    loader.ensure_translation(instance, pairs)


def load_criterion(loader, area, data, order):
    pairs = StringPairs(f"quality_system:{area.slug}:{data['slug']}")
    levels, actions = data["levels"], data["actions"]
    fields = {
        "title": pairs.line(data["title"]),
        "question": pairs.line(data["question"]),
        "action_basic": pairs.line(actions["basic"]),
        "action_developed": pairs.line(actions["developed"]),
        "legal_requirement": pairs.line(data["legal_requirement"]) if "legal_requirement" in data else "",
        "form_advice": stream(
            "advice",
            [
                {"forms": pairs.same(",".join(advice["forms"])), "text": pairs.line(advice["text"])}
                for advice in data.get("form_advice", [])
            ],
        ),
        **crosswalk(pairs, data.get("crosswalk", {})),
    }
    for key, (description, evidence) in {
        "not_started": ("not_started", "not_started_evidence"),
        "basic": ("basic", "basic_evidence"),
        "developed": ("developed", "developed_evidence"),
    }.items():
        fields[description] = pairs.line(levels[key]["description"])
        fields[evidence] = pairs.line(levels[key]["evidence"])

    criterion = Criterion.objects.filter(slug=data["slug"], locale=loader.source).first()
    if criterion is None:
        criterion = Criterion(
            slug=data["slug"],
            locale=loader.source,
            area=area,
            sort_order=order,
            minimum_path=data.get("minimum_path", False),
            providers_only=data.get("providers_only", False),
            template_slugs=",".join(data["templates"]),
            **fields,
        )
        for page in linked_pages(loader, data):
            criterion.links.add(CriterionLink(page=page))
        criterion.save()
        loader.created += 1
    loader.ensure_translation(criterion, pairs)


def linked_pages(loader, data):
    pages = [loader.guides[slug] for slug in data["guides"]]
    routines = {
        r.slug: r for r in ExampleRoutinePage.objects.filter(locale=loader.source, slug__in=data["routines"])
    }
    pages += [routines[slug] for slug in data["routines"]]
    pages += [loader.terms[slug] for slug in data["terms"]]
    return [Page.objects.get(pk=page.pk) for page in pages]


def load_page(loader, data):
    pairs = StringPairs("quality_system/self_assessment.yaml")
    slug = pairs.field("slug", data["slug"])
    levels = data["levels"]
    fields = {
        "title": pairs.line(data["title"]),
        "search_description": pairs.line(data["description"]),  # the home page's card shows it
        "intro": pairs.rich_text(data["intro"]),
        "easy_read": pairs.rich_text(data["easy_read"], per_line=True),
        "not_started_definition": pairs.line(levels["not_started"]),
        "basic_definition": pairs.line(levels["basic"]),
        "developed_definition": pairs.line(levels["developed"]),
        "privacy_text": pairs.rich_text(data["privacy"]),
    }
    page = loader.child_by_slug(loader.home, SelfAssessmentPage, slug)
    if page is None:
        page = loader.publish_new(
            loader.home, SelfAssessmentPage(slug=slug, show_in_menus=True, locale=loader.source, **fields)
        )
    loader.ensure_translation(page, pairs)
