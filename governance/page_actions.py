"""Removing or moving a page changes what readers see as surely as publishing does, so only those who may
publish a page may delete, move or unpublish it, or turn a translation back into an alias of its source.

Wagtail lets anyone with "change" permission delete or move a page that is not live (a draft translation, a
proposed guide), and wagtail-localize lets anyone who may edit a translation convert it to an alias, which
publishes the source language over it at once. The hooks below refuse those actions, through Wagtail's own
public hooks, and hide the buttons that lead to them.
"""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.models import Page


def may_publish(user, page):
    return page.permissions_for_user(user).can_publish()


def refuse(request, message):
    """Wagtail's own refusal (a redirect to the dashboard), with a message that says why."""
    response = permission_denied(request)
    messages.error(request, message)
    return response


def refuse_unless_publisher(request, page):
    if may_publish(request.user, page):
        return None
    return refuse(
        request,
        _("Bara den som får publicera sidan kan ta bort, flytta eller avpublicera den: “%(title)s”.")
        % {"title": page.get_admin_display_title()},
    )


# Wagtail's bulk actions that change what readers see; "publish" checks publish permission itself.
GUARDED_BULK_ACTIONS = ("delete", "move", "unpublish")


def refuse_bulk_unless_publisher(request, action_type, objects):
    if action_type not in GUARDED_BULK_ACTIONS:
        return None
    # The hook runs for every bulk action in the admin (users, images...): only pages concern us here.
    for page in (item for item in objects if isinstance(item, Page)):
        response = refuse_unless_publisher(request, page)
        if response is not None:
            return response
    return None


def hidden_action_urls(page):
    return {
        reverse("wagtailadmin_pages:delete", args=[page.pk]),
        reverse("wagtailadmin_pages:move", args=[page.pk]),
        reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
    }


def without_publisher_buttons(buttons, page, user):
    """Drop the delete, move and unpublish buttons from a page listing for users who may not publish."""
    if may_publish(user, page):
        return
    hidden = hidden_action_urls(page)

    def shown(button):
        return (getattr(button, "url", "") or "").split("?")[0] not in hidden

    buttons[:] = [button for button in buttons if shown(button)]
    for button in buttons:  # the "More" dropdown holds the delete, move and unpublish buttons
        if hasattr(button, "dropdown_buttons"):
            button.dropdown_buttons = [item for item in button.dropdown_buttons if shown(item)]
