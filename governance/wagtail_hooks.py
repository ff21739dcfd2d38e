"""Admin dashboard panels and the locale-scoped translation views."""

from django.urls import path
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .dashboard import DUE_WITHIN_DAYS, due_for_review, routines_waiting
from .translation_views import LocaleScopedSubmitPageTranslationView, TaxonomySubmitSnippetTranslationView


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
        panels.append(RoutinesWaitingPanel(waiting))


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
    ]
