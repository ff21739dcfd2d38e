"""What the translation editor (wagtail-localize's) shows around a page translation: only the actions the
user may take, and the way to hand the translation on for review."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.models import WorkflowState

from governance.translation_workflow import translation_progress

register = template.Library()


@register.filter
def publisher_actions_only(props, page_perms):
    """The editor's props without "Convert to alias page" and "Delete" for users who may not publish the page.

    The editor's footer is built from these props (its last action becomes the main button, which made
    "Convert to alias page" the translator's main button); the views refuse these actions anyway."""
    if page_perms is None or page_perms.can_publish():
        return props
    data = json.loads(props)
    data["links"]["convertToAliasUrl"] = None
    data["perms"]["canDelete"] = False
    data["perms"]["canUnpublish"] = False
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
