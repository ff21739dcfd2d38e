"""Small helpers shared by the tests."""

from wagtail.models import Locale

from contributions.models import ShareRoutinePage
from glossary.models import GlossaryIndexPage, GlossaryTermPage
from knowledge.models import HomePage, LegalSourceIndexPage, StandardPage
from methods.models import ExampleRoutinePage, MethodGuidePage, MethodIndexPage, RoutineIndexPage

# Every page type a reader can reach.
PAGE_TYPES = [
    HomePage,
    StandardPage,
    MethodIndexPage,
    MethodGuidePage,
    RoutineIndexPage,
    ExampleRoutinePage,
    GlossaryIndexPage,
    GlossaryTermPage,
    ShareRoutinePage,
    LegalSourceIndexPage,
]


def page_in(model, language, **filters):
    return model.objects.live().get(locale=Locale.objects.get(language_code=language), **filters)


def first_page(model, language):
    return model.objects.live().filter(locale=Locale.objects.get(language_code=language)).first()
