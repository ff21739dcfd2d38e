"""Read and check the self-assessment framework in ``content/quality_system/`` (see content/README.md).

Kept apart from files.py because it is a separate schema; it needs no Django either. The templates the
criteria name are checked against content/templates/ when it has any (the criteria link them by slug).
"""

import re
from pathlib import Path

LEVEL_KEYS = ("not_started", "basic", "developed")
ACTION_KEYS = ("basic", "developed")
CROSSWALK_KEYS = ("iso_9001", "equass", "trusted_standard")
MIN_CRITERIA, MAX_CRITERIA = 3, 6
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def read_framework(content_dir, read_yaml):
    """The framework as a dict (``page`` and ``areas``), or None when the folder does not exist."""
    folder = Path(content_dir) / "quality_system"
    if not folder.is_dir():
        return None
    areas = []
    for path in sorted((folder / "areas").glob("*.yaml")):
        data = read_yaml(path) or {}
        data["_file"] = f"quality_system/areas/{path.name}"
        areas.append(data)
    return {"page": read_yaml(folder / "self_assessment.yaml") or {}, "areas": areas}


class FrameworkChecker:
    """Adds the framework's problems to a files.Checker (which provides fail, bilingual and refs)."""

    def __init__(self, checker, framework, *, areas, forms=(), guides, routines, terms, templates=None):
        self.checker = checker
        # The templates' Swedish slugs, when the template files are there to check against.
        self.templates = templates
        self.framework = framework
        self.areas, self.forms, self.guides, self.routines, self.terms = (
            areas,
            set(forms),
            guides,
            routines,
            terms,
        )

    def check(self):
        page = self.framework["page"]
        where = "quality_system/self_assessment.yaml"
        for key in ("slug", "title", "description"):
            self.checker.bilingual(f"{where}.{key}", page.get(key), lines=True)
        for key in ("intro", "privacy"):
            self.checker.bilingual(f"{where}.{key}", page.get(key))
        self.checker.bilingual(f"{where}.easy_read", page.get("easy_read"), per_line=True)
        levels = page.get("levels") or {}
        for key in LEVEL_KEYS:
            self.checker.bilingual(f"{where}.levels.{key}", levels.get(key), lines=True)

        seen_areas, seen_criteria = set(), set()
        for area in self.framework["areas"]:
            self.check_area(area, seen_areas, seen_criteria)
        for missing in sorted(self.areas - seen_areas):
            self.checker.fail("quality_system/areas", f"no file for the quality area {missing!r}")

    def check_area(self, area, seen_areas, seen_criteria):
        where = area["_file"]
        slug = area.get("area")
        if slug not in self.areas:
            self.checker.fail(where, f"unknown quality area {slug!r}")
        elif slug in seen_areas:
            self.checker.fail(where, f"a second file for the quality area {slug!r}")
        seen_areas.add(slug)
        self.checker.bilingual(f"{where}.intro", area.get("intro"), lines=True)
        self.check_crosswalk(f"{where}.crosswalk", area.get("crosswalk"), required=True)
        criteria = area.get("criteria")
        if not isinstance(criteria, list) or not MIN_CRITERIA <= len(criteria) <= MAX_CRITERIA:
            self.checker.fail(where, f"needs {MIN_CRITERIA} to {MAX_CRITERIA} criteria")
            return
        for criterion in criteria:
            self.check_criterion(where, criterion, seen_criteria)

    def check_crosswalk(self, where, crosswalk, *, required=False):
        if crosswalk is None and not required:
            return
        if not isinstance(crosswalk, dict) or not crosswalk:
            self.checker.fail(where, "needs at least one of " + ", ".join(CROSSWALK_KEYS))
            return
        for key, value in crosswalk.items():
            if key not in CROSSWALK_KEYS:
                self.checker.fail(where, f"unknown framework {key!r} (use {', '.join(CROSSWALK_KEYS)})")
            else:
                self.checker.bilingual(f"{where}.{key}", value, lines=True)

    def check_criterion(self, area_where, criterion, seen):
        if not isinstance(criterion, dict):
            self.checker.fail(area_where, "every criterion must be a mapping")
            return
        slug = criterion.get("slug")
        where = f"{area_where}:{slug}"
        if not isinstance(slug, str) or not SLUG.match(slug):
            self.checker.fail(where, "slug must be lower-case letters, digits and hyphens")
        elif slug in seen:
            self.checker.fail(where, "slug is used by another criterion")
        seen.add(slug)
        for key in ("title", "question"):
            self.checker.bilingual(f"{where}.{key}", criterion.get(key), lines=True)
        levels = criterion.get("levels")
        if not isinstance(levels, dict) or set(levels) != set(LEVEL_KEYS):
            self.checker.fail(where, f"levels needs exactly {LEVEL_KEYS}")
        else:
            for key in LEVEL_KEYS:
                level = levels[key] or {}
                for part in ("description", "evidence"):
                    self.checker.bilingual(f"{where}.levels.{key}.{part}", level.get(part), lines=True)
        actions = criterion.get("actions")
        if not isinstance(actions, dict) or set(actions) != set(ACTION_KEYS):
            self.checker.fail(where, f"actions needs exactly {ACTION_KEYS}")
        else:
            for key in ACTION_KEYS:
                self.checker.bilingual(f"{where}.actions.{key}", actions[key], lines=True)
        for flag in ("minimum_path", "providers_only"):
            if not isinstance(criterion.get(flag, False), bool):
                self.checker.fail(where, f"{flag} must be true or false")
        if "legal_requirement" in criterion:
            self.checker.bilingual(f"{where}.legal_requirement", criterion["legal_requirement"], lines=True)
        self.check_crosswalk(f"{where}.crosswalk", criterion.get("crosswalk"))
        self.checker.refs(f"{where}.guides", criterion.get("guides"), self.guides)
        self.checker.refs(f"{where}.routines", criterion.get("routines"), self.routines)
        self.checker.refs(f"{where}.terms", criterion.get("terms"), self.terms)
        templates = criterion.get("templates")
        if not isinstance(templates, list) or not all(
            isinstance(t, str) and SLUG.match(t) for t in templates
        ):
            self.checker.fail(f"{where}.templates", "must be a list of slugs")
        if not (criterion.get("guides") or criterion.get("routines")):
            self.checker.fail(where, "needs at least one guide or routine that helps")
        for number, advice in enumerate(criterion.get("form_advice") or [], 1):
            self.checker.refs(f"{where}.form_advice[{number}].forms", advice.get("forms"), self.forms)
            self.checker.bilingual(f"{where}.form_advice[{number}].text", advice.get("text"), lines=True)
