"""The translation status report for national editors: per language and page type, which pages are live,
draft, outdated or missing in each language, with links; Wagtail's report view gives the CSV/XLSX export."""

import datetime
from dataclasses import dataclass

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from .roles import is_national_editor
from .translation_status import MISSING, STATUS_LABELS, page_statuses, source_pages, target_locales


@dataclass
class ReportRow:
    source: Page
    language: str
    status: str
    status_label: str
    share: int | None
    url: str

    @property
    def title(self):
        return self.source.title

    @property
    def page_type(self):
        return self.source.specific_class._meta.verbose_name if self.source.specific_class else ""


class ReportFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Språk"), required=False)
    page_type = forms.ChoiceField(label=_("Sidtyp"), required=False)
    status = forms.ChoiceField(
        label=_("Läge"), required=False, choices=[("", _("Alla")), *STATUS_LABELS.items()]
    )

    def __init__(self, *args, languages, page_types, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("Alla")), *languages]
        self.fields["page_type"].choices = [("", _("Alla")), *page_types]


def row_url(source, status):
    if status.status == MISSING:
        return reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    return reverse("wagtailadmin_pages:edit", args=[status.target.pk])


class TranslationStatusReportView(ReportView):
    page_title = _("Översättningsläge")
    header_icon = "site"
    template_name = "governance/reports/translation_status.html"
    results_template_name = "governance/reports/translation_status_results.html"
    index_url_name = "governance_translation_report"
    index_results_url_name = "governance_translation_report_results"
    paginate_by = 100
    list_export = ["title", "page_type", "language", "status_label", "share", "url"]
    export_headings = {
        "title": _("Sida"),
        "page_type": _("Sidtyp"),
        "language": _("Språk"),
        "status_label": _("Läge"),
        "share": _("Andel översatt (%)"),
        "url": _("Länk"),
    }
    no_results_message = _("Inga sidor med det här läget.")

    def dispatch(self, request, *args, **kwargs):
        if not is_national_editor(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"oversattningslage-{datetime.date.today():%Y-%m-%d}"

    @cached_property
    def locales(self):
        return target_locales()

    @cached_property
    def filter_form(self):
        page_types = ContentType.objects.filter(pk__in=source_pages().values("content_type")).order_by(
            "model"
        )
        form = ReportFilterForm(
            self.request.GET,
            languages=[(locale.language_code, locale.get_display_name()) for locale in self.locales],
            page_types=[
                (str(ct.pk), ct.model_class()._meta.verbose_name) for ct in page_types if ct.model_class()
            ],
        )
        form.is_valid()
        return form

    def get_queryset(self):
        choice = getattr(self.filter_form, "cleaned_data", {})
        locales = [
            locale for locale in self.locales if choice.get("language") in ("", None, locale.language_code)
        ]
        sources = source_pages()
        if choice.get("page_type"):
            sources = sources.filter(content_type_id=choice["page_type"])
        rows = []
        for page_status in page_statuses(sources.specific(), locales):
            for locale in locales:
                status = page_status.languages[locale.language_code]
                if choice.get("status") and status.status != choice["status"]:
                    continue
                rows.append(
                    ReportRow(
                        source=page_status.source,
                        language=locale.get_display_name(),
                        status=status.status,
                        status_label=str(status.label),
                        share=status.progress.share if status.progress else None,
                        url=self.request.build_absolute_uri(row_url(page_status.source, status)),
                    )
                )
        return rows

    def filter_queryset(self, queryset):
        return queryset

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Sida"), get_url=lambda row: row.url),
            Column("page_type", label=_("Sidtyp")),
            Column("language", label=_("Språk")),
            Column("status_label", label=_("Läge")),
            Column(
                "share",
                label=_("Översatt"),
                accessor=lambda row: "–" if row.share is None else f"{row.share} %",
            ),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter_form"] = self.filter_form
        return context
