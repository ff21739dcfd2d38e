"""What the answers add up to: the level per area, strengths, gaps, and the proposed action plan."""

from dataclasses import dataclass, field

from ..models import Level
from .state import PlanRow


@dataclass
class CriterionResult:
    criterion: object
    level: Level | None  # None: not answered
    required_by: str  # the legal source when the law requires it of this reader, else ""
    advice: list = field(default_factory=list)  # form-specific advice for this reader
    target: int = Level.BASIC

    @property
    def is_gap(self):
        return self.level is None or self.level < self.target


@dataclass
class AreaResult:
    area: object  # AreaView
    criteria: list  # CriterionResult

    @property
    def answered(self):
        return [c for c in self.criteria if c.level is not None]

    @property
    def level(self):
        """The level the whole area has reached: the lowest of its criteria (an unanswered one counts as
        not started), because a level is reached only when everything it asks for is in place."""
        return min((c.level if c.level is not None else Level.NOT_STARTED) for c in self.criteria)

    @property
    def points(self):
        return sum(c.level or 0 for c in self.criteria)

    @property
    def max_points(self):
        return 2 * len(self.criteria)

    @property
    def percent(self):
        return round(100 * self.points / self.max_points) if self.max_points else 0

    @property
    def strengths(self):
        return [c for c in self.criteria if not c.is_gap]

    @property
    def gaps(self):
        return [c for c in self.criteria if c.is_gap]


def assess(framework, state):
    results = []
    for view in framework.areas_for(state):
        rows = []
        for criterion in view.criteria:
            row = CriterionResult(
                criterion=criterion,
                level=state.levels.get(criterion.slug),
                required_by=criterion.legal_requirement if state.provider else "",
                advice=list(criterion.advice_for(state.form)) if state.form else [],
                target=state.target,
            )
            rows.append(row)
        results.append(AreaResult(view, rows))
    return results


def proposed_plan(results):
    """One action per criterion below the target, in framework order: the step to the next level."""
    return [
        PlanRow(criterion=row.criterion.slug, action=row.criterion.action_towards(row.level or 0))
        for area in results
        for row in area.gaps
    ]


def reconcile_plan(results, state):
    """Bring the reader's plan in line with their current answers, keeping what they did to it.

    Rows for criteria still below the target keep the reader's order, text, responsible person and date;
    rows whose gap has closed drop out; a criterion that has become a gap since the plan was last shown
    (not in ``state.plan_basis``) gets its proposed action, after the reader's rows. A row whose action is
    still one of our own proposals gets the proposal for the level now answered. Without a basis (a file or a
    saved link, made from these very answers) nothing is added. With no plan yet, the plan is proposed.
    """
    gaps = {row.criterion.slug: row for area in results for row in area.gaps}
    if state.plan is None:
        state.plan = proposed_plan(results)
    else:
        basis = set(gaps) if state.plan_basis is None else set(state.plan_basis)
        kept = []
        for row in state.plan:
            gap = gaps.get(row.criterion)
            if gap is None:
                continue
            criterion = gap.criterion
            if row.action in (criterion.action_basic, criterion.action_developed):
                row.action = criterion.action_towards(gap.level or 0)
            kept.append(row)
        added = [
            PlanRow(criterion=slug, action=gap.criterion.action_towards(gap.level or 0))
            for slug, gap in gaps.items()
            if slug not in basis
        ]
        state.plan = kept + added
    state.plan_basis = list(gaps)
    return state.plan


def move(plan, op):
    """Apply a reorder/remove button ("up-3", "down-0", "remove-2"); unknown ops change nothing."""
    kind, _, number = op.partition("-")
    if not number.isdigit() or int(number) >= len(plan):
        return plan
    index = int(number)
    plan = list(plan)
    if kind == "up" and index > 0:
        plan[index - 1], plan[index] = plan[index], plan[index - 1]
    elif kind == "down" and index < len(plan) - 1:
        plan[index + 1], plan[index] = plan[index], plan[index + 1]
    elif kind == "remove":
        del plan[index]
    return plan
