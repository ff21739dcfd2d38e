"""Rapporter → Sökningar: what readers search for, per language, and what found nothing; built on Wagtail's
report view (filters, CSV/XLSX export). No personal data: one row per query and language."""

import datetime

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import LocaleFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages
from wagtail.permission_policies import ModelPermissionPolicy

from .models import SearchQueryLog


def language_choices():
    return [(code, name) for code, name in get_content_languages().items()]


class SearchQueryFilterSet(WagtailFilterSet):
    locale = LocaleFilter(
        label=_("Språk"),
        choices=language_choices,
        empty_label=None,
        null_label=_("Alla"),
        null_value=None,
        widget=forms.RadioSelect,
    )
    nothing_found = django_filters.ChoiceFilter(
        label=_("Utan träffar"),
        choices=[("true", _("Ja")), ("false", _("Nej"))],
        empty_label=_("Alla"),
        method="filter_nothing_found",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = SearchQueryLog
        fields = []

    def filter_nothing_found(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(hits=0) if value == "true" else queryset.exclude(hits=0)


class SearchQueryReportView(ReportView):
    page_title = _("Sökningar")
    header_icon = "search"
    index_url_name = "search_query_report"
    index_results_url_name = "search_query_report_results"
    results_template_name = "search/admin/query_report_results.html"
    filterset_class = SearchQueryFilterSet
    permission_policy = ModelPermissionPolicy(SearchQueryLog)
    permission_required = "view"
    list_export = ["query", "locale", "searches", "hits", "last_searched_at"]
    export_headings = {
        "query": _("Sökning"),
        "locale": _("Språk"),
        "searches": _("Antal sökningar"),
        "hits": _("Träffar senast"),
        "last_searched_at": _("Senast sökt"),
    }
    columns = [
        Column("query", label=_("Sökning")),
        Column("locale", label=_("Språk"), accessor=lambda row: row.locale.get_display_name()),
        Column("searches", label=_("Antal sökningar")),
        Column("hits", label=_("Träffar senast")),
        DateColumn("last_searched_at", label=_("Senast sökt")),
    ]

    def get_filename(self):
        return f"sokningar-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return SearchQueryLog.objects.select_related("locale").order_by("-searches", "query")

    @property
    def only_nothing_found(self):
        return self.request.GET.get("nothing_found") == "true"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["only_nothing_found"] = self.only_nothing_found
        return context
