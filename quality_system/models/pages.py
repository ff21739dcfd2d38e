"""The self-assessment page: one under the home page per language; its tool is in quality_system.views."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from knowledge.visibility import CachedViewRestrictionsMixin

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def area_segment():
    """The word before an area's slug in its page's address, in the active language:
    /sv/sjalvskattning/omrade/<slug>/ and /en/self-assessment/area/<slug>/ (a language without a translation
    keeps the Swedish word)."""
    return pgettext("address", "omrade")


class SelfAssessmentPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    intro = RichTextField(_("ingress"), features=TEXT_FEATURES)
    easy_read = RichTextField(
        _("lättläst hjälp"), features=TEXT_FEATURES, help_text=_("Korta meningar, en tanke per rad.")
    )
    not_started_definition = models.TextField(_("definition: inte påbörjat"))
    basic_definition = models.TextField(_("definition: grundnivå"))
    developed_definition = models.TextField(_("definition: utvecklad nivå"))
    privacy_text = RichTextField(
        _("om sparade svar"),
        features=TEXT_FEATURES,
        help_text=_("Vad som sparas när någon skapar en privat länk. Hur länge visas automatiskt."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("easy_read"),
        MultiFieldPanel(
            [
                FieldPanel("not_started_definition"),
                FieldPanel("basic_definition"),
                FieldPanel("developed_definition"),
            ],
            heading=_("Nivåernas definitioner"),
        ),
        FieldPanel("privacy_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("basic_definition")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("självskattning")

    @property
    def summary(self):
        return ""

    def get_context(self, request, *args, **kwargs):
        from django.conf import settings

        from knowledge.models import SizeBand

        context = super().get_context(request, *args, **kwargs)
        context["size_bands"] = SizeBand.choices
        context["retention_days"] = settings.SELF_ASSESSMENT_RETENTION_DAYS
        return context

    def level_definitions(self):
        from .framework import Level

        return [
            (Level.NOT_STARTED, self.not_started_definition),
            (Level.BASIC, self.basic_definition),
            (Level.DEVELOPED, self.developed_definition),
        ]

    @path("")
    def start(self, request):
        from ..views import assessment

        return assessment.start(request, self)

    def area_url(self, slug):
        """The address of an area's page (the criteria, their levels and the crosswalk) in this page's
        language, which is the active one when a page is served."""
        return self.url + self.reverse_subpage("area", kwargs={"segment": area_segment(), "slug": slug})

    def area_paths(self, slug):
        """{language code: the area page's path below this page} for every language: the language switcher
        appends it to this page's translation in that language."""
        from django.conf import settings
        from django.utils import translation

        paths = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                paths[code] = self.reverse_subpage("area", kwargs={"segment": area_segment(), "slug": slug})
        return paths

    @path("<str:segment>/<slug:slug>/", name="area")
    def area(self, request, segment, slug):
        from ..views import area

        return area.area(request, self, segment, slug)

    @path("<str:token>/")
    def saved(self, request, token):
        from ..views import saved

        return saved.saved(request, self, token)
