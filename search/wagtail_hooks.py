"""Search in the admin: editors maintain synonyms (a snippet) and read which queries readers type and which
found nothing (a report, per language)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SynonymGroup
from .reports import SearchQueryReportView


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


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path("reports/search-queries/", SearchQueryReportView.as_view(), name="search_query_report"),
        path(
            "reports/search-queries/results/",
            SearchQueryReportView.as_view(results_only=True),
            name="search_query_report_results",
        ),
    ]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("site_search.view_searchquerylog")


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return SearchReportMenuItem(
        _("Sökningar"), reverse("search_query_report"), name="search-queries", icon_name="search", order=900
    )


@hooks.register("register_reports_menu_item")
def register_nothing_found_menu_item():
    return SearchReportMenuItem(
        _("Sökningar utan träffar"),
        reverse("search_query_report") + "?nothing_found=true",
        name="search-queries-nothing-found",
        icon_name="search",
        order=901,
    )
