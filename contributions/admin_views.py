"""Submitted routines in the admin: read-only, limited to the regions a user moderates (national editors see
all), with deletion and the retention period shown.

Coordinators need the submitter's contact address to ask a question; it is kept here, never on the page.
A routine sent on a form in another language than Swedish is flagged "needs translation to Swedish" until its
Swedish page exists, so no contribution is lost to Swedish readers.
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from governance.dashboard import moderated_regions

from .models import RoutineSubmission
from .retention import retention_days


def submissions_for(user):
    """The submissions ``user`` may see: those of the regions they moderate."""
    return RoutineSubmission.objects.filter(region__in=moderated_regions(user)).select_related(
        "region", "locale", "page"
    )


def needs_swedish(submission):
    """Sent in another language than the source, and its routine has no source-language page yet."""
    source = Locale.get_default()
    if submission.locale_id == source.pk or submission.page is None:
        return False
    return not submission.page.has_translation(source)


def deleted_after(submission):
    """When ``purge_submissions`` removes the contact address (and the draft, if never published)."""
    return (submission.submitted_at + datetime.timedelta(days=retention_days())).date()


class ReadOnlyRegionPolicy(ModelPermissionPolicy):
    """Django's view and delete permissions, in the user's own regions only; nobody adds or edits a record
    of what someone sent, not even a superuser."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return submissions_for(user).filter(pk=instance.pk).exists()


class RegionScopedObjectMixin:
    def get_object(self, queryset=None):
        submission = super().get_object(queryset)
        if not submissions_for(self.request.user).filter(pk=submission.pk).exists():
            raise PermissionDenied
        return submission


class SubmissionIndexView(generic.IndexView):
    # Wagtail's own ("There are no ... to display") is not translated into Swedish upstream.
    no_results_message = _("Inga inskickade rutiner från de regioner du granskar.")

    def get_base_queryset(self):
        return submissions_for(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["retention_days"] = retention_days()
        return context


class SubmissionInspectView(RegionScopedObjectMixin, generic.InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["retention_days"] = retention_days()
        return context


class SubmissionDeleteView(RegionScopedObjectMixin, generic.DeleteView):
    pass


class RoutineSubmissionViewSet(ModelViewSet):
    model = RoutineSubmission
    icon = "mail"
    menu_label = _("Inskickade rutiner")
    menu_order = 260
    add_to_admin_menu = True
    permission_policy = ReadOnlyRegionPolicy(RoutineSubmission)
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    delete_view_class = SubmissionDeleteView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["organisation_name"]  # never used: nobody may add or change a submission
    list_filter = ["region", "locale"]
    index_template_name = "contributions/admin/submission_index.html"
    inspect_template_name = "contributions/admin/submission_inspect.html"
    list_display = [
        "organisation_name",
        Column("region", label=_("Region")),
        Column("locale", label=_("Språk"), accessor=lambda submission: submission.locale.get_display_name()),
        BooleanColumn("needs_swedish", label=_("Behöver översättas till svenska"), accessor=needs_swedish),
        "contact_email",
        DateColumn("submitted_at", label=_("Inskickad")),
        DateColumn("deleted_after", label=_("Rensas"), accessor=deleted_after),
    ]
    inspect_view_fields = [
        "organisation_name",
        "publish_organisation_name",
        "contact_email",
        "region",
        "locale",
        "page",
        "submitted_at",
        "consent_text",
    ]
