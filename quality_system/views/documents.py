"""The action plan's downloads. The DOCX and PDF themselves are built by quality_system.documents (the
contract); this view only gathers the reader's plan and answers with the file."""

from django.http import HttpResponse
from django.utils.text import slugify

from ..assessment.framework import help_pages
from ..assessment.plan import build_document
from ..assessment.results import assess, reconcile_plan
from ..documents import action_plan

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def download(request, page, framework, state, kind):
    results = assess(framework, state)
    reconcile_plan(results, state)
    criteria = {framework.by_slug[row.criterion].pk: framework.by_slug[row.criterion] for row in state.plan}
    document = build_document(
        request, framework, state, results, help_pages(list(criteria.values()), framework.locale)
    )
    render_document = action_plan.render_docx if kind == "docx" else action_plan.render_pdf
    content = render_document(document)
    name = slugify(state.organisation) or "kvalitetsnavet"
    response = HttpResponse(content, content_type=CONTENT_TYPES[kind])
    response["Content-Disposition"] = f'attachment; filename="handlingsplan-{name}.{kind}"'
    response["Cache-Control"] = "private, no-store"
    return response
