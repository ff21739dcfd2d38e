"""Factories for unit tests: each test builds the few pages and snippets it needs instead of reading the
starter content (tests that check the real content use the ``content`` fixture and are marked ``content``).

The test database may already hold the starter content (another test loaded it, and --reuse-db keeps it),
so everything here gets its own slugs and names, and ``site_tree`` points the default site at a home page of
its own for the length of the test (the test's transaction takes it back).
"""

import datetime

import factory
import wagtail_factories
from django.conf import settings
from factory.django import DjangoModelFactory
from wagtail.models import Locale, Page, Site

from glossary.models import GlossaryIndexPage, GlossaryTermPage
from knowledge.models import HomePage, OrganisationForm, QualityArea, Region
from methods.models import (
    ExampleRoutinePage,
    MethodGuidePage,
    MethodIndexPage,
    RegionSectionPage,
    RoutineIndexPage,
)
from methods.sections import ensure_region_section


def locale(code=None):
    """The locale of ``code`` (default: the source language), created when missing."""
    return Locale.objects.get_or_create(language_code=code or settings.LANGUAGE_CODE)[0]


def rich(text):
    return f"<p>{text}</p>"


# -- taxonomy -------------------------------------------------------------------------------------------


class QualityAreaFactory(DjangoModelFactory):
    class Meta:
        model = QualityArea

    name = factory.Sequence(lambda n: f"Testområde {n}")
    slug = factory.Sequence(lambda n: f"testomrade-{n}")
    locale = factory.LazyFunction(locale)


class OrganisationFormFactory(DjangoModelFactory):
    class Meta:
        model = OrganisationForm

    name = factory.Sequence(lambda n: f"Testform {n}")
    slug = factory.Sequence(lambda n: f"testform-{n}")
    facet = "activity_type"
    locale = factory.LazyFunction(locale)


class RegionFactory(DjangoModelFactory):
    class Meta:
        model = Region

    name = factory.Sequence(lambda n: f"Testregion {n}")
    slug = factory.Sequence(lambda n: f"testregion-{n}")


# -- pages ------------------------------------------------------------------------------------------------


class _PageFactory(wagtail_factories.PageFactory):
    """Pages in the source language, with slugs no starter page has."""

    class Meta:
        abstract = True

    slug = factory.Sequence(lambda n: f"test-{n}")
    locale = factory.LazyFunction(locale)


class HomePageFactory(_PageFactory):
    class Meta:
        model = HomePage

    title = "Kvalitetsnavet"
    intro = "Ett gemensamt kvalitetssystem."


class MethodIndexPageFactory(_PageFactory):
    class Meta:
        model = MethodIndexPage

    title = "Metodhandledningar"


class RoutineIndexPageFactory(_PageFactory):
    class Meta:
        model = RoutineIndexPage

    title = "Exempelrutiner"


class RegionSectionPageFactory(_PageFactory):
    class Meta:
        model = RegionSectionPage

    region = factory.SubFactory(RegionFactory)
    title = factory.LazyAttribute(lambda page: page.region.name)
    slug = factory.LazyAttribute(lambda page: page.region.slug)


class GlossaryIndexPageFactory(_PageFactory):
    class Meta:
        model = GlossaryIndexPage

    title = "Begrepp"


class MethodGuidePageFactory(_PageFactory):
    class Meta:
        model = MethodGuidePage

    title = factory.Sequence(lambda n: f"Handledning {n}")
    summary = "Så gör ni."
    purpose = rich("Syftet med arbetssättet.")
    quality_area = factory.SubFactory(QualityAreaFactory)
    last_reviewed = datetime.date(2026, 1, 15)


class ExampleRoutinePageFactory(_PageFactory):
    class Meta:
        model = ExampleRoutinePage

    title = factory.Sequence(lambda n: f"Rutin {n}")
    summary = "En rutin."
    purpose = rich("Syftet med rutinen.")
    organisation_name = "Testföreningen"
    region = factory.SubFactory(RegionFactory)
    size_band = "1-9"
    quality_area = factory.SubFactory(QualityAreaFactory)
    adopted_on = datetime.date(2026, 1, 15)
    version = "1.0"


class GlossaryTermPageFactory(_PageFactory):
    class Meta:
        model = GlossaryTermPage

    term = factory.Sequence(lambda n: f"Begrepp {n}")
    title = factory.LazyAttribute(lambda page: page.term)
    short_definition = "En kort definition."
    source = "Redaktionen"


def tag(page, *forms):
    """Tag a page with organisation forms and save it."""
    page.organisation_forms.add(*forms)
    page.save()
    return page


def site_tree():
    """A home page with the three listings, the default site's root for this test.

    Returns a namespace with ``home``, ``methods``, ``routines`` and ``glossary``. Translate a page with
    ``translate_page`` when a test needs another language."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    home.methods_page = MethodIndexPageFactory(parent=home)
    home.routines_page = RoutineIndexPageFactory(parent=home)
    home.glossary_page = GlossaryIndexPageFactory(parent=home)
    home.save()
    return _Tree(home)


class _Tree:
    def __init__(self, home):
        self.home = home
        self.methods = home.methods_page.specific
        self.routines = home.routines_page.specific
        self.glossary = home.glossary_page.specific

    def section(self, region=None):
        """The region's section under this listing (a new region unless one is given); adding a region
        may create it already, as it does in the admin."""
        return ensure_region_section(region or RegionFactory(), self.routines)


def translate_page(page, code="en"):
    """The page's translation into ``code``, published (its parents are translated first when missing)."""
    translation = page.copy_for_translation(locale(code), copy_parents=True)
    translation.save_revision().publish()
    return translation.specific
