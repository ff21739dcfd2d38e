"""Templates (mallar): ready forms and documents that the guides and routines refer to, as pages that can be
read, printed and downloaded as DOCX and PDF."""

from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from knowledge.models import QualityArea, ReviewedPageMixin
from knowledge.taxonomy_cache import taxonomy
from knowledge.visibility import CachedViewRestrictionsMixin, public

from ..blocks import TemplateBodyBlock
from ..documents import templates as template_documents

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class TemplateIndexPage(CachedViewRestrictionsMixin, ReviewedPageMixin, Page):
    intro = RichTextField(_("ingress"), blank=True, features=TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["quality_system.TemplatePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("mallar (lista)")

    @property
    def summary(self):
        return ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["templates"] = public(
            TemplatePage.objects.child_of(self).live().select_related("quality_area")
        ).order_by("path")
        return context


class TemplatePage(CachedViewRestrictionsMixin, RoutablePageMixin, ReviewedPageMixin, Page):
    summary = models.CharField(
        _("sammanfattning"), max_length=400, help_text=_("En eller två meningar om vad mallen är till för.")
    )
    quality_area = models.ForeignKey(
        "knowledge.QualityArea",
        verbose_name=_("kvalitetsområde"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = RichTextField(_("så använder ni mallen"), features=TEXT_FEATURES)
    body = StreamField(TemplateBodyBlock(), verbose_name=_("mallens innehåll"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("quality_area"),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("usages", heading=_("Används i handledningar och rutiner"), label=_("sida")),
    ]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["quality_system.TemplateIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("mall")
        verbose_name_plural = _("mallar")

    def used_in(self):
        """The guides and routines that mention this template, in this page's language."""
        keys = self.usages.values_list("page__translation_key", flat=True)
        # Titles and addresses only: plain pages, no query per page type.
        return public(
            Page.objects.live().filter(locale_id=self.locale_id, translation_key__in=keys)
        ).order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            used_in=self.used_in(),
            quality_area=taxonomy().get(QualityArea, self.quality_area_id),
            docx_url=self.url + self.reverse_subpage("docx"),
            pdf_url=self.url + self.reverse_subpage("pdf"),
        )
        return context

    @path("docx/")
    def docx(self, request):
        return download(template_documents.render_docx(self, request), f"{self.slug}.docx", DOCX_TYPE)

    @path("pdf/")
    def pdf(self, request):
        return download(template_documents.render_pdf(self, request), f"{self.slug}.pdf", "application/pdf")


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def download(data, name, content_type):
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


class TemplateUsage(Orderable):
    """A guide or routine that mentions the template. Kept on the template, so methods need not know about
    this app; the guide's page shows it through the page-extras hook (quality_system/wagtail_hooks.py)."""

    template = ParentalKey(TemplatePage, on_delete=models.CASCADE, related_name="usages")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("handledning eller rutin"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("page", ["methods.MethodGuidePage", "methods.ExampleRoutinePage"])]


def templates_for(page):
    """Live templates in ``page``'s language that name ``page`` (any translation of it) among their usages."""
    keys = TemplateUsage.objects.filter(page__translation_key=page.translation_key).values(
        "template__translation_key"
    )
    # knowledge.visibility.public: the request's cached view restrictions instead of a query of their own.
    return public(
        TemplatePage.objects.live()
        .filter(locale_id=page.locale_id, translation_key__in=keys)
        .order_by("title")
    )
