"""Serving the self-assessment: the profile, the questions, the result with the action plan, and the
actions on it (save, export, import, download). Every step is a plain form post that carries the whole
state, so it works without JavaScript and keeps nothing on the server until the reader saves."""

import json

from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ..assessment.framework import Framework, help_pages
from ..assessment.results import assess, move, reconcile_plan
from ..assessment.state import AssessmentState, InvalidAnswers, Parser
from ..models import Level, SavedAssessment
from . import documents, handbook

IMPORT_MAX_BYTES = 200_000
TEMPLATE = "quality_system/self_assessment_page.html"


def render(request, page, step, *, status=200, **context):
    ctx = page.get_context(request)
    ctx.update(step=step, levels=Level, **context)
    response = TemplateResponse(request, TEMPLATE, ctx, status=status)
    # The answers are the reader's own: never cached by a proxy.
    response["Cache-Control"] = "private, no-store"
    return response


def with_urls(page, areas):
    """Each AreaView gets the address of its area's page (criteria, levels, crosswalk)."""
    for area in areas:
        area.url = page.area_url(area.slug)
    return areas


def start(request, page):
    framework = Framework(page.locale)
    if request.method != "POST":
        return render(
            request,
            page,
            "profile",
            state=AssessmentState(),
            org_forms=framework.org_forms(),
            areas=with_urls(page, framework.areas),
        )
    op = request.POST.get("op", "")
    if op == "import":
        return import_file(request, page, framework)
    parser = Parser(framework.by_slug, framework.org_form_slugs())
    try:
        state = parser.from_post(request.POST)
    except InvalidAnswers as error:
        return invalid(request, page, framework, error)
    if op == "questions":
        return questions(request, page, framework, state)
    if op in ("save", "export"):
        # What is kept is the plan the reader sees: in line with the answers posted with it.
        reconcile_plan(assess(framework, state), state)
    if op == "save":
        return save(request, page, state, token=request.POST.get("token", ""))
    if op == "export":
        return export(state)
    if op in ("docx", "pdf"):
        return documents.download(request, page, framework, state, op)
    if op.startswith(("up-", "down-", "remove-")) and state.plan is not None:
        # The buttons' numbers are the rows as shown, which were already in line with these answers.
        state.plan = move(state.plan, op)
    return result(request, page, framework, state, token=request.POST.get("token", ""))


def invalid(request, page, framework, error, *, status=400):
    return render(
        request,
        page,
        "profile",
        status=status,
        state=AssessmentState(),
        org_forms=framework.org_forms(),
        areas=with_urls(page, framework.areas),
        errors=error.messages,
    )


def questions(request, page, framework, state):
    areas = framework.areas_for(state)
    for area in areas:
        for criterion in area.criteria:
            # Per-request instances: what this reader answered and the advice for their form.
            criterion.reader_level = state.levels.get(criterion.slug)
            criterion.reader_advice = list(criterion.advice_for(state.form)) if state.form else []
    return render(
        request,
        page,
        "questions",
        state=state,
        areas=areas,
        plan_fields=state.plan_fields(),
        carried_fields=state.level_fields() + state.plan_fields(),
    )


def result(request, page, framework, state, *, token="", saved=None, status=200):
    results = assess(framework, state)
    reconcile_plan(results, state)
    with_urls(page, [area.area for area in results])
    criteria = [framework.by_slug[row.criterion] for row in state.plan]
    criteria += [row.criterion for area in results for row in area.criteria]
    helps = help_pages(list({c.pk: c for c in criteria}.values()), framework.locale)
    plan_rows = [
        {
            "row": row,
            "criterion": framework.by_slug[row.criterion],
            "help": helps[framework.by_slug[row.criterion].pk],
        }
        for row in state.plan
    ]
    return render(
        request,
        page,
        "result",
        status=status,
        state=state,
        results=results,
        helps=helps,
        plan_rows=plan_rows,
        token=token,
        saved=saved,
        chart_height=36 * len(results) + 8,
        handbook_url=handbook.link(page, state, results, helps),
        hidden_fields=state.to_fields(with_plan=False),
    )


def save(request, page, state, *, token=""):
    saved = SavedAssessment.objects.filter(token=token).first() if token else None
    if saved is None:
        saved = SavedAssessment(data=state.to_json())
    else:
        saved.data = state.to_json()
    saved.save()
    return HttpResponseRedirect(page.url + saved.token + "/", status=303)


def export(state):
    response = HttpResponse(
        json.dumps(state.to_json(), ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="sjalvskattning.json"'
    response["Cache-Control"] = "private, no-store"
    return response


def import_file(request, page, framework):
    upload = request.FILES.get("file")
    if upload is None:
        return invalid(request, page, framework, InvalidAnswers([_("Välj en fil att läsa in.")]))
    if upload.size > IMPORT_MAX_BYTES:
        return invalid(
            request, page, framework, InvalidAnswers([_("Filen är för stor för att vara en självskattning.")])
        )
    try:
        data = json.loads(upload.read().decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return invalid(
            request,
            page,
            framework,
            InvalidAnswers([_("Filen är inte en sparad självskattning från Kvalitetsnavet.")]),
        )
    try:
        state = Parser(framework.by_slug, framework.org_form_slugs()).from_json(data)
    except InvalidAnswers as error:
        return invalid(request, page, framework, error)
    return result(request, page, framework, state)
