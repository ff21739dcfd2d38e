"""Admin dashboard panels, the translation report, the locale-scoped translation views and the guards on
page actions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from . import page_actions
from .dashboard import (
    DUE_WITHIN_DAYS,
    due_for_review,
    routines_waiting,
    translation_work,
    translator_locales,
)
from .reports import TranslationStatusReportView
from .roles import is_national_editor
from .translation_views import (
    LocaleScopedSubmitPageTranslationView,
    TaxonomySubmitSnippetTranslationView,
    convert_to_alias,
    edit_override,
    submit_translation_for_review,
    upload_pofile,
)


class DueForReviewPanel(Component):
    name = "due_for_review"
    template_name = "governance/due_for_review_panel.html"
    order = 90

    def __init__(self, pages, today):
        self.pages = pages
        self.today = today

    def get_context_data(self, parent_context):
        return {"pages": self.pages, "today": self.today, "days": DUE_WITHIN_DAYS}


class RoutinesWaitingPanel(Component):
    name = "routines_waiting"
    template_name = "governance/routines_waiting_panel.html"
    order = 95

    def __init__(self, items, every_region=False):
        self.items = items
        # National editors moderate every region: "in your region" would be wrong for them.
        self.heading = (
            _("Inskickade rutiner som väntar på granskning")
            if every_region
            else _("Inskickade rutiner som väntar i din region")
        )

    def get_context_data(self, parent_context):
        return {"items": self.items, "heading": self.heading}


class TranslationWorkPanel(Component):
    name = "translation_work"
    template_name = "governance/translation_work_panel.html"
    order = 92

    def __init__(self, items):
        self.items = items

    def get_context_data(self, parent_context):
        return {"items": self.items}


@hooks.register("construct_homepage_panels")
def add_governance_panels(request, panels):
    from django.utils import timezone

    today = timezone.localdate()
    pages = due_for_review(owner=request.user, today=today)
    if pages:
        panels.append(DueForReviewPanel(pages, today))
    waiting = routines_waiting(request.user)
    if waiting:
        panels.append(RoutinesWaitingPanel(waiting, every_region=is_national_editor(request.user)))
    if translator_locales(request.user):
        # Always shown to translators: an empty panel says there is nothing waiting for them.
        panels.append(TranslationWorkPanel(translation_work(request.user)))


@hooks.register("register_admin_urls")
def scoped_translation_urls():
    # Same addresses as wagtail-localize's views, registered earlier so these answer first.
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            LocaleScopedSubmitPageTranslationView.as_view(),
            name="governance_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            TaxonomySubmitSnippetTranslationView.as_view(),
            name="governance_submit_snippet_translation",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="governance_convert_to_alias",
        ),
        path(
            "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            edit_override,
            name="governance_edit_override",
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            upload_pofile,
            name="governance_upload_pofile",
        ),
        path(
            "governance/translation/<int:page_id>/submit/",
            submit_translation_for_review,
            name="governance_submit_translation_for_review",
        ),
    ]


# Only those who may publish a page may delete, move or unpublish it (see page_actions.py).
@hooks.register("before_delete_page")
def guard_delete(request, page):
    return page_actions.refuse_unless_publisher(request, page)


@hooks.register("before_move_page")
def guard_move(request, page, destination):
    return page_actions.refuse_unless_publisher(request, page)


@hooks.register("before_unpublish_page")
def guard_unpublish(request, page):
    return page_actions.refuse_unless_publisher(request, page)


@hooks.register("before_bulk_action")
def guard_bulk_actions(request, action_type, objects, action_class_instance):
    return page_actions.refuse_bulk_unless_publisher(request, action_type, objects)


@hooks.register("construct_page_listing_buttons")
def hide_publisher_buttons(buttons, page, user, context=None):
    page_actions.without_publisher_buttons(buttons, page, user)


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="governance_translation_report",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="governance_translation_report_results",
        ),
    ]


class NationalEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_national_editor(request.user)


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return NationalEditorsMenuItem(
        _("Översättningsläge"),
        reverse("governance_translation_report"),
        name="translation-status",
        icon_name="site",
        order=910,
    )
