"""The contract between the content apps and the reader's search.

Search (``search/``) does not know the content models by name or by field, and no content app imports
search: both meet here. A page type joins search as a type of its own (the "Typ av innehåll" facet, its
label and icon on each result, its place in the ranking, autocomplete, "definition first" and the synonyms
``seed_synonyms`` writes) by inheriting ``Searchable`` and setting ``search_result_type``; it overrides the
methods whose default does not fit. Search finds such page types with ``searchable_page_models()``, from
Wagtail's registry of page models.

Every page is still found by words in the fields it indexes (its ``search_fields``, Wagtail's own contract);
a page type that declares no result type is one of the "other pages", shown with its title and ``summary``
(every page type of the site has one).
"""

from dataclasses import dataclass
from typing import ClassVar

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models


@dataclass(frozen=True)
class ResultType:
    """What a reader is told a result is."""

    key: str  # the facet's value in addresses (?type=guide): keep it stable once published
    label: str | Promise  # one result: "Metodhandledning"
    plural: str | Promise  # the facet's option: "Metodhandledningar"
    icon: str  # a symbol in static/img/icons.svg
    order: int = 100  # the options of the facet are shown in this order
    # The site's main content: among results whose title covers the query equally it comes first, and the
    # name of its quality area counts as part of its title ("arbetsmiljö" names the SAM guide's area).
    leading: bool = False


OTHER_PAGES = ResultType("page", _("Sida"), _("Övriga sidor"), icon="type-page", order=1000)


class Searchable:
    """Mixin for page types that search presents as a type of their own. All members are optional but
    ``search_result_type``; the defaults suit a page with a title and a ``summary``."""

    search_result_type: ClassVar[ResultType | None] = None
    # The name of the page's ForeignKey to knowledge.QualityArea: the "Kvalitetsområde" facet and the area
    # shown on the result. None: the type has no quality area.
    search_quality_area_field: ClassVar[str | None] = None
    # True: each live page of the type gets a synonym group (``search_synonyms``), and a search naming one
    # of its words shows the page first with its ``search_definition`` above the results.
    search_defines_words: ClassVar[bool] = False

    def search_label(self):
        """The result's heading."""
        return self.title

    def search_excerpt(self):
        """The line under the heading."""
        return getattr(self, "summary", "") or ""

    def search_definition(self):
        """A one-sentence definition shown instead of the excerpt, and above the results when the query
        names the page; empty for pages that define nothing."""
        return ""

    def search_names(self):
        """What the page is called: autocomplete suggests it only when a word of these starts with each
        word typed."""
        return [self.search_label()]

    def search_synonyms(self):
        """Words that mean what the page is about, the headword first (with ``search_defines_words``)."""
        return []

    def search_not_synonyms(self):
        """Words never to be treated as the same as this page's: those it is easily confused with."""
        return []


def searchable_page_models():
    """The page models that declare a result type, in the order of their result types."""
    models = [model for model in get_page_models() if result_type_of(model) is not OTHER_PAGES]
    return sorted(models, key=lambda model: model.search_result_type.order)


def result_type_of(page_or_model):
    """The result type of a page or page model; ``OTHER_PAGES`` when it declares none."""
    model = page_or_model if isinstance(page_or_model, type) else type(page_or_model)
    declared = getattr(model, "search_result_type", None) if issubclass(model, Searchable) else None
    return declared or OTHER_PAGES


def result_types():
    """Every result type readers may filter by, in facet order, "other pages" last."""
    found = {}
    for model in searchable_page_models():
        found.setdefault(model.search_result_type.key, model.search_result_type)
    return [*found.values(), OTHER_PAGES]


@dataclass(frozen=True)
class Description:
    """How one page is shown in the search results."""

    result_type: ResultType
    label: str
    definition: str
    excerpt: str


def describe(page):
    """A page's description for the results (the specific page: its fields are read)."""
    if isinstance(page, Searchable):
        return Description(
            result_type_of(page), page.search_label(), page.search_definition(), page.search_excerpt()
        )
    return Description(OTHER_PAGES, page.title, "", getattr(page, "summary", "") or "")


def names_of(page):
    """What a (specific) page is called, for autocomplete."""
    return page.search_names() if isinstance(page, Searchable) else [page.title]
