"""Submitted routines in the admin (see admin_views.py) and the dashboard note on routines sent in another
language than Swedish."""

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from .admin_views import RoutineSubmissionViewSet, needs_swedish, submissions_for


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return RoutineSubmissionViewSet("routine_submissions")


class NeedsSwedishPanel(Component):
    name = "needs_swedish"
    template_name = "contributions/admin/needs_swedish_panel.html"
    order = 96

    def __init__(self, submissions):
        self.submissions = submissions

    def get_context_data(self, parent_context):
        return {"submissions": self.submissions}


@hooks.register("construct_homepage_panels")
def add_needs_swedish_panel(request, panels):
    sent_in_other_languages = submissions_for(request.user).exclude(locale=Locale.get_default())
    waiting = [submission for submission in sent_in_other_languages if needs_swedish(submission)]
    if waiting:
        panels.append(NeedsSwedishPanel(waiting))
