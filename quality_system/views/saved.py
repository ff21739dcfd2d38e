"""A saved assessment's private link: open it (on any device), continue, or delete it for good."""

from django.http import Http404

from ..assessment.framework import Framework
from ..assessment.state import InvalidAnswers, Parser
from ..models import SavedAssessment
from .assessment import render, result

TOKEN_MAX = 64


def saved(request, page, token):
    if len(token) > TOKEN_MAX:
        raise Http404
    record = SavedAssessment.objects.filter(token=token).first()
    if record is None:
        raise Http404
    if request.method == "POST" and request.POST.get("op") == "delete":
        record.delete()
        return render(request, page, "deleted")
    framework = Framework(page.locale)
    try:
        state = Parser(framework.by_slug, framework.org_form_slugs()).from_json(record.data)
    except InvalidAnswers:
        # Saved with criteria that editors have since removed: keep what still exists.
        data = dict(record.data)
        data["levels"] = {k: v for k, v in (data.get("levels") or {}).items() if k in framework.by_slug}
        data["plan"] = [row for row in (data.get("plan") or []) if row.get("criterion") in framework.by_slug]
        state = Parser(framework.by_slug, framework.org_form_slugs()).from_json(data)
    return result(request, page, framework, state, token=token, saved=record)
