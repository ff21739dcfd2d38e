"""What the translation editor (wagtail-localize's) shows around a page translation: only the actions the
user may take, and the way to hand the translation on for review."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.models import WorkflowState

from governance.translation_workflow import PUBLISHER_ONLY_OVERRIDES, translation_progress

register = template.Library()


@register.filter
def publisher_actions_only(props, page_perms):
    """The editor's props without what only those who may publish the page may do.

    For the others: no "Convert to alias page", "Delete" or "Unpublish" (the editor's footer is built from
    these props, and its last action becomes the main button, which made "Convert to alias page" the
    translator's main button), and no page slug to override (``PUBLISHER_ONLY_OVERRIDES``). The views
    refuse these anyway."""
    if page_perms is None or page_perms.can_publish():
        return props
    data = json.loads(props)
    data["links"]["convertToAliasUrl"] = None
    data["perms"]["canDelete"] = False
    data["perms"]["canUnpublish"] = False
    hidden = {
        segment["id"]
        for segment in data["segments"]
        if segment["type"] == "synchronised_value" and segment["contentPath"] in PUBLISHER_ONLY_OVERRIDES
    }
    data["segments"] = [
        segment
        for segment in data["segments"]
        if not (segment["type"] == "synchronised_value" and segment["id"] in hidden)
    ]
    data["initialOverrides"] = [
        override for override in data["initialOverrides"] if override["segment_id"] not in hidden
    ]
    return json.dumps(data, cls=DjangoJSONEncoder)


@register.inclusion_tag("governance/translation_review_panel.html", takes_context=True)
def translation_review_panel(context, translation, page):
    request = context["request"]
    user = request.user
    state = page.current_workflow_state
    task_state = state.current_task_state if state is not None else None
    actions = []
    if task_state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        task = task_state.task.specific
        actions = [name for name, _label, _modal in task.get_actions(page, user)]
    return {
        "request": request,
        "page": page,
        "progress": translation_progress(translation),
        "state": state,
        "task_state": task_state,
        "can_approve": "approve" in actions,
        "can_reject": "reject" in actions,
        "can_submit": page.permissions_for_user(user).can_edit(),
        "can_publish": page.permissions_for_user(user).can_publish(),
    }
