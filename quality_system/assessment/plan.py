"""The board action plan as the documents' contract (quality_system.documents.action_plan) wants it."""

from django.utils import timezone
from django.utils.translation import get_language

from knowledge.models import OrganisationForm, SizeBand

from ..documents.action_plan import ActionPlanDocument, AreaResult, HelpLink, PlannedAction


def build_document(request, framework, state, results, help_by_criterion):
    def absolute(page):
        return request.build_absolute_uri(page.url)

    form = OrganisationForm.objects.filter(locale=framework.locale, slug=state.form).first()
    actions = []
    for row in state.plan or []:
        criterion = framework.by_slug[row.criterion]
        helps = help_by_criterion.get(criterion.pk, {})
        actions.append(
            PlannedAction(
                area=criterion.area.name,
                criterion=criterion.title,
                action=row.action,
                responsible=row.responsible,
                due=row.due,
                help=[
                    HelpLink(title=page.title, url=absolute(page))
                    for page in [
                        *helps.get("guides", []),
                        *helps.get("routines", []),
                        *helps.get("templates", []),
                    ]
                ],
                required_by=criterion.legal_requirement if state.provider else "",
            )
        )
    return ActionPlanDocument(
        organisation=state.organisation,
        organisation_form=form.name if form else "",
        size_band=str(SizeBand(state.size).label) if state.size else "",
        language=(get_language() or "sv")[:2],
        made_on=timezone.localdate(),
        results=[
            AreaResult(
                area=area.area.name,
                level=str(area.level.label),
                strengths=[row.criterion.title for row in area.strengths],
                gaps=[row.criterion.title for row in area.gaps],
            )
            for area in results
        ],
        actions=actions,
    )
