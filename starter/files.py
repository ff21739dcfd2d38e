"""Read and check the starter content in ``content/`` (plain YAML, reviewed by domain experts).

This module needs no Django, so the content can be checked on its own:
``python -m starter.files`` prints every problem it finds and exits non-zero if there is one.
"""

import datetime
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .citations import cited_slugs, slug_for_number, texts_in
from .framework_files import FrameworkChecker, read_framework

CONTENT_DIR = Path(__file__).resolve().parents[1] / "content"
# The languages every bilingual value in the files has, the source language first. The loader translates
# into those of them the site is configured for (settings.WAGTAIL_CONTENT_LANGUAGES).
LANGUAGES = ("sv", "en")
SIZE_BANDS = ("inga-anstallda", "1-9", "10-24", "25-plus")
FACETS = ("legal_form", "activity_type")


class ContentError(Exception):
    """A starter content file does not follow content/README.md."""


@dataclass
class ContentSet:
    taxonomy: dict
    pages: dict
    guides: list = field(default_factory=list)
    terms: list = field(default_factory=list)
    routines: list = field(default_factory=list)
    legal_sources: list = field(default_factory=list)
    framework: dict | None = None  # content/quality_system/ (framework_files.py)
    templates: list = field(default_factory=list)
    # content/quality_system/*.yaml by file stem: pages of the quality-system tools (loaded by that app).
    quality_system: dict = field(default_factory=dict)


def paragraphs(text, *, per_line=False):
    """Split a paragraph field into paragraphs: on blank lines (lines within a paragraph are joined), or on
    every line for easy-to-read text, where each line is one idea."""
    if per_line:
        return [line.strip() for line in text.splitlines() if line.strip()]
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def read_yaml(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load_content(content_dir=CONTENT_DIR):
    """Read every file; raise ContentError listing all problems found."""
    content_dir = Path(content_dir)
    content = ContentSet(
        taxonomy=read_yaml(content_dir / "taxonomy.yaml"),
        pages=read_yaml(content_dir / "pages.yaml"),
    )
    for kind, attribute in (
        ("guides", "guides"),
        ("glossary", "terms"),
        ("routines", "routines"),
        ("legal_sources", "legal_sources"),
        ("templates", "templates"),
    ):
        items = []
        for path in sorted((content_dir / kind).glob("*.yaml")):
            data = read_yaml(path)
            if not isinstance(data, dict):
                raise ContentError(f"{kind}/{path.name}: must be a mapping of fields")
            data["_file"] = path.name
            items.append(data)
        setattr(content, attribute, items)
    content.framework = read_framework(content_dir, read_yaml)
    for path in sorted((content_dir / "quality_system").glob("*.yaml")):
        content.quality_system[path.stem] = read_yaml(path)
    problems = Checker(content).check()
    if problems:
        raise ContentError("\n".join(problems))
    return content


class Checker:
    """Collects every problem instead of stopping at the first, so one run shows all that needs fixing."""

    def __init__(self, content):
        self.content = content
        self.problems = []

    def fail(self, where, message):
        self.problems.append(f"{where}: {message}")

    def bilingual(self, where, value, *, lines=False, optional=False, per_line=False):
        if value is None and optional:
            return
        if not isinstance(value, dict) or set(value) != set(LANGUAGES):
            self.fail(where, f"needs exactly the keys {LANGUAGES}, got {value!r:.80}")
            return
        for lang in LANGUAGES:
            text = value[lang]
            if not isinstance(text, str) or not text.strip():
                self.fail(f"{where}.{lang}", "is empty or not text")
            elif lines and "\n" in text.strip():
                self.fail(f"{where}.{lang}", "must be a single line")
        if not lines and all(isinstance(value[lang], str) for lang in LANGUAGES):
            # The English translation is stored paragraph by paragraph, so the two must pair up.
            counts = [len(paragraphs(value[lang], per_line=per_line)) for lang in LANGUAGES]
            if counts[0] != counts[1]:
                unit = "lines" if per_line else "paragraphs"
                self.fail(
                    where, f"sv has {counts[0]} {unit}, en has {counts[1]}: they must pair up one to one"
                )

    def bilingual_list(self, where, value):
        if not isinstance(value, dict) or set(value) != set(LANGUAGES):
            self.fail(where, f"needs exactly the keys {LANGUAGES}")
            return
        for lang in LANGUAGES:
            if not isinstance(value[lang], list) or not all(isinstance(v, str) and v for v in value[lang]):
                self.fail(f"{where}.{lang}", "must be a list of words")

    def refs(self, where, values, allowed):
        if not isinstance(values, list):
            self.fail(where, "must be a list")
            return
        for value in values:
            if value not in allowed:
                self.fail(where, f"unknown reference {value!r}")

    def flag(self, where, value):
        if value is not None and not isinstance(value, bool):
            self.fail(where, f"must be true or false, got {value!r}")

    def date(self, where, value):
        if not isinstance(value, datetime.date):
            self.fail(where, f"must be an ISO date (YYYY-MM-DD), got {value!r}")

    def check(self):
        taxonomy = self.content.taxonomy or {}
        forms = {f["slug"] for f in taxonomy.get("organisation_forms", [])}
        areas = {a["slug"] for a in taxonomy.get("quality_areas", [])}
        regions = {r["slug"] for r in taxonomy.get("regions", [])}
        for form in taxonomy.get("organisation_forms", []):
            where = f"taxonomy.yaml:{form.get('slug')}"
            if form.get("facet") not in FACETS:
                self.fail(where, f"facet must be one of {FACETS}")
            self.bilingual(f"{where}.name", form.get("name"), lines=True)
            self.bilingual(f"{where}.description", form.get("description"), lines=True)
        for area in taxonomy.get("quality_areas", []):
            where = f"taxonomy.yaml:{area.get('slug')}"
            self.bilingual(f"{where}.name", area.get("name"), lines=True)
            self.bilingual(f"{where}.description", area.get("description"), lines=True)

        self.register = self.check_legal_sources(self.content.legal_sources)
        guide_slugs = {g.get("slug", {}).get("sv") for g in self.content.guides}
        term_slugs = {t.get("slug", {}).get("sv") for t in self.content.terms}
        for guide in self.content.guides:
            self.check_guide(guide, forms, areas, term_slugs)
        for term in self.content.terms:
            self.check_term(term, term_slugs)
        self.check_synonyms_are_not_confusions(self.content.terms)
        for routine in self.content.routines:
            self.check_routine(routine, forms, areas, regions, guide_slugs)
        self.check_pages(self.content.pages or {})
        self.check_citations_in_register("pages.yaml", self.content.pages or {})
        routine_slugs = {r.get("slug", {}).get("sv") for r in self.content.routines}
        template_slugs = {t.get("slug", {}).get("sv") for t in self.content.templates}
        for template in self.content.templates:
            self.check_template(template, areas, guide_slugs, routine_slugs)
        if self.content.framework is not None:
            framework = FrameworkChecker(
                self,
                self.content.framework,
                areas=areas,
                forms=forms,
                guides=guide_slugs,
                routines=routine_slugs,
                terms=term_slugs,
                templates=template_slugs,
            )
            framework.check()
        self.check_quality_system_pages(self.content.quality_system, template_slugs, routine_slugs)
        return self.problems

    # -- the register of legal sources (content/legal_sources/<slug>.yaml) ------------------------------

    # Where the official text of each kind of source is published.
    OFFICIAL_HOSTS = {
        "sfs": ("www.riksdagen.se",),
        "afs": ("www.av.se", "av.se"),
        "eu": ("eur-lex.europa.eu",),
        "sosfs": ("www.socialstyrelsen.se",),
        "hslf": ("www.socialstyrelsen.se",),
    }

    def check_legal_sources(self, sources):
        """Check every register file; return the set of valid slugs."""
        slugs = set()
        for source in sources:
            where = f"legal_sources/{source['_file']}"
            slug, number = source.get("slug"), source.get("number")
            if not isinstance(number, str) or not number.strip():
                self.fail(where, "needs number, the official number (for example SFS 1977:1160)")
                continue
            if slug != slug_for_number(number):
                self.fail(where, f"slug must be {slug_for_number(number)!r}, derived from the number")
            if f"{slug}.yaml" != source["_file"]:
                self.fail(where, "file name must be the slug")
            self.bilingual(f"{where}.name", source.get("name"), lines=True)
            core = number.split()[-1]  # "1977:1160", "2023:2", "2016/679"
            for lang in LANGUAGES:
                name = (source.get("name") or {}).get(lang)
                if isinstance(name, str) and core not in name:
                    # Pages list sources by name alone, so the name must carry the number.
                    self.fail(f"{where}.name.{lang}", f"must contain the number {core}")
            self.bilingual(f"{where}.requires", source.get("requires"), lines=True)
            self.official_url(where, slug or "", source.get("url"))
            checked = source.get("checked")
            if checked is not None:
                self.date(f"{where}.checked", checked)
            if slug in slugs:
                self.fail(where, f"slug {slug!r} is used twice")
            slugs.add(slug)
        return slugs

    def official_url(self, where, slug, url):
        from urllib.parse import urlsplit

        if not isinstance(url, str) or not url.startswith("https://"):
            self.fail(where, "url must be the https address of the official text")
            return
        hosts = self.OFFICIAL_HOSTS.get(slug.split("-")[0])
        if hosts and urlsplit(url).hostname not in hosts:
            self.fail(where, f"url must point at the official text on {' or '.join(hosts)}")

    def check_legal_refs(self, where, item):
        """``legal_sources`` must name register entries; every number the text cites must be among them."""
        refs = item.get("legal_sources", [])
        self.refs(f"{where}.legal_sources", refs, self.register)
        if not isinstance(refs, list):
            return
        cited = self.check_citations_in_register(where, item)
        for slug in sorted((cited & self.register) - set(refs)):
            self.fail(where, f"cites {slug} in its text but does not list it in legal_sources")

    def check_citations_in_register(self, where, data):
        """Every number cited in ``data`` must be in the register; returns the cited slugs."""
        cited = set().union(*(cited_slugs(text) for text in texts_in(data)))
        for slug in sorted(cited - self.register):
            self.fail(where, f"cites {slug} by its number, but content/legal_sources/{slug}.yaml is missing")
        return cited

    def check_pages(self, pages):
        home = pages.get("home") or {}
        self.bilingual("pages.yaml:home.title", home.get("title"), lines=True)
        self.bilingual("pages.yaml:home.intro", home.get("intro"), lines=True)
        self.bilingual("pages.yaml:home.body", home.get("body"))
        self.date("pages.yaml:home.last_reviewed", home.get("last_reviewed"))
        for key in ("method_index", "routine_index", "glossary_index"):
            index = pages.get(key) or {}
            for name in ("slug", "title"):
                self.bilingual(f"pages.yaml:{key}.{name}", index.get(name), lines=True)
            self.bilingual(f"pages.yaml:{key}.intro", index.get("intro"))
            self.date(f"pages.yaml:{key}.last_reviewed", index.get("last_reviewed"))
        sources_page = pages.get("legal_source_index")
        if sources_page is not None:
            for name in ("slug", "title"):
                self.bilingual(f"pages.yaml:legal_source_index.{name}", sources_page.get(name), lines=True)
            self.bilingual("pages.yaml:legal_source_index.intro", sources_page.get("intro"))
            self.date("pages.yaml:legal_source_index.last_reviewed", sources_page.get("last_reviewed"))
        share = pages.get("share_routine")
        if share is not None:
            for name in ("slug", "title", "description"):
                self.bilingual(f"pages.yaml:share_routine.{name}", share.get(name), lines=True)
            for name in ("intro", "consent", "thanks"):
                self.bilingual(f"pages.yaml:share_routine.{name}", share.get(name))
        standard_pages = pages.get("standard_pages") or []
        if not standard_pages:
            self.fail("pages.yaml", "needs standard_pages")
        for page in standard_pages:
            where = f"pages.yaml:{(page.get('slug') or {}).get('sv')}"
            for name in ("slug", "title", "intro"):
                self.bilingual(f"{where}.{name}", page.get(name), lines=True)
            self.date(f"{where}.last_reviewed", page.get("last_reviewed"))
            for number, section in enumerate(page.get("sections") or [], 1):
                if section.get("data_controller") is True:
                    continue  # names the controller from the DATA_CONTROLLER setting
                self.bilingual(f"{where}.sections[{number}].heading", section.get("heading"), lines=True)
                self.bilingual(f"{where}.sections[{number}].text", section.get("text"))

    def check_steps(self, where, steps):
        if not isinstance(steps, list) or not steps:
            self.fail(where, "needs at least one step")
            return
        for number, step in enumerate(steps, 1):
            self.bilingual(f"{where}[{number}].title", step.get("title"), lines=True)
            self.bilingual(f"{where}[{number}].text", step.get("text"))

    def check_guide(self, guide, forms, areas, term_slugs):
        where = guide["_file"]
        self.bilingual(f"{where}.slug", guide.get("slug"), lines=True)
        for key in ("title", "summary"):
            self.bilingual(f"{where}.{key}", guide.get(key), lines=True)
        for key in ("purpose", "legal_basis", "responsibility"):
            self.bilingual(f"{where}.{key}", guide.get(key))
        self.bilingual(f"{where}.easy_read", guide.get("easy_read"), per_line=True)
        if guide.get("quality_area") not in areas:
            self.fail(where, f"unknown quality_area {guide.get('quality_area')!r}")
        self.check_steps(f"{where}.steps", guide.get("steps"))
        for number, item in enumerate(guide.get("checklist") or [], 1):
            self.bilingual(f"{where}.checklist[{number}]", item, lines=True)
        if not guide.get("checklist"):
            self.fail(where, "needs a checklist")
        for number, indicator in enumerate(guide.get("indicators") or [], 1):
            for key in ("name", "how", "when", "source"):
                self.bilingual(f"{where}.indicators[{number}].{key}", indicator.get(key), lines=True)
        if not guide.get("indicators"):
            self.fail(where, "needs indicators")
        self.refs(f"{where}.organisation_forms", guide.get("organisation_forms"), forms)
        self.refs(f"{where}.related_terms", guide.get("related_terms"), term_slugs)
        self.flag(f"{where}.sol_lss_providers", guide.get("sol_lss_providers"))
        self.date(f"{where}.next_review", guide.get("next_review"))
        self.date(f"{where}.last_reviewed", guide.get("last_reviewed"))
        self.check_legal_refs(where, guide)

    def check_term(self, term, term_slugs):
        where = term["_file"]
        for key in ("slug", "term", "short_definition", "source"):
            self.bilingual(f"{where}.{key}", term.get(key), lines=True)
        if len(term.get("short_definition", {}).get("sv", "")) > 250:
            self.fail(where, "short_definition.sv is longer than 250 characters")
        self.bilingual(f"{where}.explanation", term.get("explanation"))
        self.bilingual(f"{where}.confusion_note", term.get("confusion_note"), optional=True)
        for key in ("synonyms", "abbreviations"):
            self.bilingual_list(f"{where}.{key}", term.get(key))
        self.refs(f"{where}.related", term.get("related", []), term_slugs)
        self.refs(f"{where}.confused_with", term.get("confused_with", []), term_slugs)
        if term.get("checked") is not None:
            self.date(f"{where}.checked", term.get("checked"))
        self.date(f"{where}.last_reviewed", term.get("last_reviewed"))
        if term.get("slug", {}).get("sv") + ".yaml" != where:
            self.fail(where, "file name must be the Swedish slug")
        self.check_legal_refs(where, term)
        url = term.get("source_url")
        if url is not None and (not isinstance(url, str) or not url.startswith("https://")):
            self.fail(where, "source_url must be an https address")
        if not url and not term.get("legal_sources") and term.get("defined_here") is not True:
            # Only a term the site itself defines (defined_here: true) may lack an outside source.
            self.fail(where, "needs a source with a link: source_url (an authority's page) or legal_sources")

    def check_synonyms_are_not_confusions(self, terms):
        """A word a term is "not to be confused with" can never be its synonym: search would treat them as
        the same thing (synonym groups are seeded from these fields)."""
        by_slug = {(t.get("slug") or {}).get("sv"): t for t in terms}
        for term in terms:
            for lang in LANGUAGES:
                synonyms = {w.casefold() for w in ((term.get("synonyms") or {}).get(lang) or [])}
                for slug in term.get("confused_with") or []:
                    other = by_slug.get(slug) or {}
                    word = ((other.get("term") or {}).get(lang) or "").casefold()
                    if word and word in synonyms:
                        self.fail(
                            term["_file"],
                            f"synonyms.{lang} lists {word!r}, which it is confused_with: not a synonym",
                        )

    def check_routine(self, routine, forms, areas, regions, guide_slugs):
        where = routine["_file"]
        for key in ("slug", "title", "summary"):
            self.bilingual(f"{where}.{key}", routine.get(key), lines=True)
        for key in ("purpose", "scope", "responsibilities", "records"):
            self.bilingual(f"{where}.{key}", routine.get(key))
        self.check_steps(f"{where}.steps", routine.get("steps"))
        self.refs(f"{where}.organisation_forms", routine.get("organisation_forms"), forms)
        self.refs(f"{where}.guides", routine.get("guides"), guide_slugs)
        if routine.get("region") not in regions:
            self.fail(where, f"unknown region {routine.get('region')!r}")
        if routine.get("quality_area") not in areas:
            self.fail(where, f"unknown quality_area {routine.get('quality_area')!r}")
        if routine.get("size_band") not in SIZE_BANDS:
            self.fail(where, f"size_band must be one of {SIZE_BANDS}")
        if not isinstance(routine.get("review_interval_months"), int):
            self.fail(where, "review_interval_months must be a whole number")
        self.flag(f"{where}.sol_lss_providers", routine.get("sol_lss_providers"))
        self.date(f"{where}.adopted", routine.get("adopted"))
        self.date(f"{where}.last_reviewed", routine.get("last_reviewed"))
        if not isinstance(routine.get("version"), str):
            self.fail(where, 'version must be quoted text, e.g. "1.2"')
        if not isinstance(routine.get("organisation"), str):
            self.fail(where, "organisation must be text")
        example = routine.get("editorial_example")
        if not isinstance(example, bool):
            self.fail(where, "editorial_example must be true (written by the editors) or false (contributed)")
        elif not example and routine.get("contributor_consent") is not True:
            # A contributed routine names its contributor only with their consent.
            self.fail(where, "a contributed routine needs contributor_consent: true")
        self.check_legal_refs(where, routine)

    # -- templates (mallar) and the quality-system pages --------------------------------------------------

    TEMPLATE_BLOCKS = {
        # block type: (required bilingual lines, optional bilingual lines, bilingual lists, whole numbers)
        "instructions": (("heading",), (), (), ()),
        "fields": ((), ("heading",), ("labels",), ("lines",)),
        "tick_list": ((), ("heading",), ("items",), ()),
        "table": ((), ("heading",), ("columns",), ("rows",)),  # optional row_labels: see check_template_block
        "scale": ((), ("heading",), (), ()),
        "signatures": (("heading",), ("text",), ("signatures",), ()),
    }

    def check_template(self, template, areas, guide_slugs, routine_slugs):
        where = template["_file"]
        for key in ("slug", "title", "summary"):
            self.bilingual(f"{where}.{key}", template.get(key), lines=True)
        self.bilingual(f"{where}.intro", template.get("intro"))
        if template.get("slug", {}).get("sv", "") + ".yaml" != where:
            self.fail(where, "file name must be the Swedish slug")
        if template.get("quality_area") not in areas:
            self.fail(where, f"unknown quality_area {template.get('quality_area')!r}")
        self.date(f"{where}.last_reviewed", template.get("last_reviewed"))
        used_in = template.get("used_in") or {}
        self.refs(f"{where}.used_in.guides", used_in.get("guides", []), guide_slugs)
        self.refs(f"{where}.used_in.routines", used_in.get("routines", []), routine_slugs)
        body = template.get("body")
        if not isinstance(body, list) or not body:
            self.fail(where, "needs a body with at least one block")
            return
        for number, block in enumerate(body, 1):
            self.check_template_block(f"{where}.body[{number}]", block)

    def check_template_block(self, where, block):
        kind = block.get("type") if isinstance(block, dict) else None
        if kind not in self.TEMPLATE_BLOCKS:
            self.fail(where, f"type must be one of {tuple(self.TEMPLATE_BLOCKS)}, got {kind!r}")
            return
        required, optional, lists, numbers = self.TEMPLATE_BLOCKS[kind]
        for key in required:
            self.bilingual(f"{where}.{key}", block.get(key), lines=True)
        for key in optional:
            self.bilingual(f"{where}.{key}", block.get(key), lines=True, optional=True)
        for key in lists:
            self.bilingual_lines(f"{where}.{key}", block.get(key))
        for key in numbers:
            if key in block and not (isinstance(block[key], int) and 0 <= block[key] <= 30):
                self.fail(f"{where}.{key}", "must be a whole number from 0 to 30")
        if kind == "table" and "row_labels" in block:
            self.bilingual_lines(f"{where}.row_labels", block["row_labels"])
        if kind == "table" and not block.get("rows") and not block.get("row_labels"):
            self.fail(where, "a table needs rows or row_labels")
        if kind == "instructions":
            self.bilingual(f"{where}.text", block.get("text"))
        if kind == "scale":
            steps = block.get("steps")
            if not isinstance(steps, list) or len(steps) < 2:
                self.fail(f"{where}.steps", "a scale needs at least two steps")
                return
            for number, step in enumerate(steps, 1):
                self.bilingual(f"{where}.steps[{number}].name", step.get("name"), lines=True)
                self.bilingual(f"{where}.steps[{number}].description", step.get("description"), lines=True)

    def bilingual_lines(self, where, items):
        if not isinstance(items, list) or not items:
            self.fail(where, "needs a list with at least one item")
            return
        for number, item in enumerate(items, 1):
            self.bilingual(f"{where}[{number}]", item, lines=True)

    def check_quality_system_pages(self, files, template_slugs, routine_slugs):
        index = files.get("template_index")
        if index is not None:
            for key in ("slug", "title", "description"):
                self.bilingual(f"quality_system/template_index.yaml:{key}", index.get(key), lines=True)
            self.bilingual("quality_system/template_index.yaml:intro", index.get("intro"))
            self.date("quality_system/template_index.yaml:last_reviewed", index.get("last_reviewed"))
        handbook = files.get("handbook")
        if handbook is not None:
            where = "quality_system/handbook.yaml"
            for key in ("slug", "title", "description"):
                self.bilingual(f"{where}:{key}", handbook.get(key), lines=True)
            self.bilingual(f"{where}:intro", handbook.get("intro"))
            self.date(f"{where}:last_reviewed", handbook.get("last_reviewed"))
            provider = handbook.get("provider") or {}
            # Routines may come from other content sets and are resolved when the page is used.
            if not isinstance(provider.get("routines", []), list):
                self.fail(f"{where}:provider.routines", "must be a list of Swedish slugs")
            self.refs(f"{where}:provider.templates", provider.get("templates", []), template_slugs)
            self.refs(f"{where}:policy_template", [handbook.get("policy_template")], template_slugs)
            minimum = handbook.get("minimum") or {}
            self.refs(f"{where}:minimum.routines", minimum.get("routines", []), routine_slugs)
            self.refs(f"{where}:minimum.templates", minimum.get("templates", []), template_slugs)


if __name__ == "__main__":
    try:
        found = load_content()
    except ContentError as error:
        print(error)  # noqa: T201 - a command-line check
        sys.exit(1)
    criteria = sum(len(area["criteria"]) for area in (found.framework or {}).get("areas", []))
    print(  # noqa: T201 - a command-line check
        f"ok: {len(found.guides)} guides, {len(found.terms)} glossary terms, {len(found.routines)} routines, "
        f"{len(found.legal_sources)} legal sources, "
        f"{len(found.templates)} templates, {criteria} self-assessment criteria"
    )
