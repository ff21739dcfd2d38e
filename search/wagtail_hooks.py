"""Search in the admin: editors maintain synonyms (a snippet) and read which queries readers type and which
found nothing (a report, per language)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SearchQueryLog, SynonymGroup

REPORT_ROWS = 25


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Synonymer")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["__str__", "locale", "term_page"]
    list_filter = ["locale"]
    search_fields = ["words"]


register_snippet(SynonymGroupViewSet)


class SearchQueryReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Sökningar")
    header_icon = "search"
    template_name = "search/admin/query_report.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        languages = []
        for locale in Locale.objects.all().order_by("pk"):
            logged = SearchQueryLog.objects.filter(locale=locale)
            languages.append(
                {
                    "locale": locale,
                    "frequent": logged.order_by("-searches", "query")[:REPORT_ROWS],
                    "nothing_found": logged.filter(hits=0).order_by("-searches", "query")[:REPORT_ROWS],
                }
            )
        context["languages"] = languages
        return context


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/search-queries/", SearchQueryReportView.as_view(), name="search_query_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(
        _("Sökningar"), reverse("search_query_report"), name="search-queries", icon_name="search", order=900
    )
