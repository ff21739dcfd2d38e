"""The reader's answers, carried in every form post (no session, no cookie) and in the exported JSON file.

Everything that comes in is checked here; anything wrong raises InvalidAnswers with messages for the reader,
and the view answers 400 without storing anything.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from knowledge.models import SizeBand

from ..models import Level

NAME_MAX = 200
TEXT_MAX = 1000
PLAN_MAX = 60
FILE_VERSION = 1
SMALL_SIZE_BANDS = {SizeBand.NONE.value, SizeBand.SMALL.value}
LEVEL_FIELD = "level_"
PLAN_BASIS_FIELD = "plan-basis"
HTML = re.compile(r"[<>]")


class InvalidAnswers(Exception):
    def __init__(self, messages):
        super().__init__("; ".join(messages))
        self.messages = messages


@dataclass
class PlanRow:
    criterion: str
    action: str
    responsible: str = ""
    due: datetime.date | None = None


@dataclass
class AssessmentState:
    organisation: str = ""
    form: str = ""
    size: str = ""
    provider: bool = False
    target: int = Level.BASIC
    show_all: bool = False
    levels: dict = field(default_factory=dict)  # criterion slug -> Level
    plan: list | None = None  # list[PlanRow]; None until the reader has seen the plan
    # The criteria that were below the target when the plan was last shown. Carried through "Ändra svaren"
    # so that, with the new answers, only gaps the plan has never seen get a proposed action: an action
    # the reader removed stays removed (see results.reconcile_plan).
    plan_basis: list | None = None

    @property
    def target_label(self):
        return Level(self.target).label.lower()

    @property
    def small(self):
        return self.size in SMALL_SIZE_BANDS

    # -- to and from the wire -------------------------------------------------------------------------

    def to_fields(self, *, with_plan=True):
        """(name, value) pairs for hidden inputs, so the next post carries the whole state (the plan is left
        out where the page shows it as inputs of its own)."""
        fields = self.profile_fields() + self.level_fields()
        return fields + self.plan_fields() if with_plan else fields

    def profile_fields(self):
        return [
            ("organisation", self.organisation),
            ("form", self.form),
            ("size", self.size),
            ("provider", "1" if self.provider else "0"),
            ("target", str(int(self.target))),
            ("all", "1" if self.show_all else "0"),
        ]

    def level_fields(self):
        return [(LEVEL_FIELD + slug, str(int(level))) for slug, level in self.levels.items()]

    def plan_fields(self):
        """The plan as hidden inputs: the questions step carries it so that changing the answers keeps the
        reader's edits."""
        if self.plan is None:
            return []
        fields = [("plan", "1")]
        if self.plan_basis is not None:
            fields.append((PLAN_BASIS_FIELD, ",".join(self.plan_basis)))
        for number, row in enumerate(self.plan):
            fields += [
                (f"plan-{number}-criterion", row.criterion),
                (f"plan-{number}-action", row.action),
                (f"plan-{number}-responsible", row.responsible),
                (f"plan-{number}-due", row.due.isoformat() if row.due else ""),
            ]
        return fields

    def to_json(self):
        return {
            "kvalitetsnavet_self_assessment": FILE_VERSION,
            "organisation": self.organisation,
            "form": self.form,
            "size": self.size,
            "provider": self.provider,
            "target": int(self.target),
            "levels": {slug: int(level) for slug, level in self.levels.items()},
            "plan": None
            if self.plan is None
            else [
                {
                    "criterion": row.criterion,
                    "action": row.action,
                    "responsible": row.responsible,
                    "due": row.due.isoformat() if row.due else "",
                }
                for row in self.plan
            ],
        }


class Parser:
    """Builds an AssessmentState from posted fields or an imported file, collecting every problem."""

    def __init__(self, criteria, org_forms):
        self.criteria = set(criteria)  # every criterion slug that exists
        self.org_forms = set(org_forms)
        self.errors = []

    def text(self, value, label, *, max_length, required=False):
        if not isinstance(value, str):
            self.errors.append(_("%(label)s måste vara text.") % {"label": label})
            return ""
        value = value.strip()
        if required and not value:
            self.errors.append(_("Fyll i %(label)s.") % {"label": label.lower()})
        if len(value) > max_length:
            self.errors.append(
                _("%(label)s får vara högst %(max)d tecken.") % {"label": label, "max": max_length}
            )
            return ""
        if HTML.search(value):
            self.errors.append(_("%(label)s får inte innehålla tecknen < och >.") % {"label": label})
            return ""
        return value

    def level(self, value, where):
        try:
            level = int(value)
        except (TypeError, ValueError):
            level = -1
        if level not in Level.values:
            self.errors.append(_("Svaret på %(where)s måste vara 0, 1 eller 2.") % {"where": where})
            return None
        return Level(level)

    def profile(self, data, state):
        state.organisation = self.text(
            data.get("organisation", ""), _("Organisationens namn"), max_length=NAME_MAX
        )
        form = data.get("form", "") or ""
        if form and form not in self.org_forms:
            self.errors.append(_("Välj en organisationsform i listan."))
        else:
            state.form = form
        size = data.get("size", "")
        if size not in SizeBand.values:
            self.errors.append(_("Välj hur många anställda ni har."))
        else:
            state.size = size
        provider = data.get("provider", False)
        state.provider = provider in (True, "1", 1)
        if provider not in (True, False, "1", "0", 1, 0, ""):
            self.errors.append(_("Svara ja eller nej på frågan om SoL eller LSS."))
        target = self.level(data.get("target", Level.BASIC), _("målnivån"))
        if target is not None and target == Level.NOT_STARTED:
            self.errors.append(_("Målnivån måste vara grundnivå eller utvecklad nivå."))
        elif target is not None:
            state.target = target
        state.show_all = data.get("all") in ("1", True)

    def levels(self, levels, state):
        for slug, value in levels.items():
            if slug not in self.criteria:
                self.errors.append(_("Det finns inget kriterium som heter %(slug)s.") % {"slug": slug[:60]})
                continue
            level = self.level(value, slug)
            if level is not None:
                state.levels[slug] = level

    def plan(self, rows, state):
        if rows is None:
            return
        if len(rows) > PLAN_MAX:
            self.errors.append(_("Handlingsplanen får ha högst %(max)d åtgärder.") % {"max": PLAN_MAX})
            return
        state.plan = []
        for row in rows:
            if not isinstance(row, dict):
                self.errors.append(_("En rad i handlingsplanen går inte att läsa."))
                continue
            criterion = row.get("criterion", "")
            if criterion not in self.criteria:
                self.errors.append(
                    _("Det finns inget kriterium som heter %(slug)s.") % {"slug": str(criterion)[:60]}
                )
                continue
            due = row.get("due") or ""
            due_date = None
            if due:
                try:
                    due_date = datetime.date.fromisoformat(due) if isinstance(due, str) else None
                except ValueError:
                    due_date = None
                if due_date is None:
                    self.errors.append(_("Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2027-03-31."))
            state.plan.append(
                PlanRow(
                    criterion=criterion,
                    action=self.text(row.get("action", ""), _("Åtgärd"), max_length=TEXT_MAX, required=True),
                    responsible=self.text(row.get("responsible", ""), _("Ansvarig"), max_length=NAME_MAX),
                    due=due_date,
                )
            )

    def plan_basis(self, value, state):
        if value is None:
            return
        slugs = [slug for slug in str(value).split(",") if slug]
        unknown = [slug for slug in slugs if slug not in self.criteria]
        for slug in unknown[:3]:
            self.errors.append(_("Det finns inget kriterium som heter %(slug)s.") % {"slug": slug[:60]})
        if not unknown:
            state.plan_basis = slugs

    def done(self, state):
        if self.errors:
            raise InvalidAnswers(self.errors)
        return state

    # -- the two sources ----------------------------------------------------------------------------

    def from_post(self, post):
        state = AssessmentState()
        self.profile(post, state)
        self.levels(
            {key[len(LEVEL_FIELD) :]: value for key, value in post.items() if key.startswith(LEVEL_FIELD)},
            state,
        )
        self.plan(plan_rows_from_post(post), state)
        if state.plan is not None:
            self.plan_basis(post.get(PLAN_BASIS_FIELD), state)
        return self.done(state)

    def from_json(self, data):
        if not isinstance(data, dict) or data.get("kvalitetsnavet_self_assessment") != FILE_VERSION:
            raise InvalidAnswers([_("Filen är inte en sparad självskattning från Kvalitetsnavet.")])
        state = AssessmentState()
        self.profile({**data, "provider": bool(data.get("provider"))}, state)
        levels = data.get("levels")
        if not isinstance(levels, dict):
            self.errors.append(_("Filen saknar svar."))
        else:
            self.levels(levels, state)
        plan = data.get("plan")
        if plan is not None and not isinstance(plan, list):
            self.errors.append(_("En rad i handlingsplanen går inte att läsa."))
        else:
            self.plan(plan, state)
        return self.done(state)


def plan_rows_from_post(post):
    """plan-N-* fields in N order, or None when the post carries no plan yet."""
    numbers = sorted(
        {int(m.group(1)) for key in post for m in [re.fullmatch(r"plan-(\d{1,3})-criterion", key)] if m}
    )
    if not numbers and post.get("plan") != "1":
        return None
    return [
        {key: post.get(f"plan-{number}-{key}", "") for key in ("criterion", "action", "responsible", "due")}
        for number in numbers
    ]
