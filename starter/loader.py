"""Load the starter content of every app from ``content/``: source-language pages, then their translations.

Idempotent by design: an object that already exists (found by its source-language slug) is left as it is, so
a second run changes nothing and editors' later changes are never overwritten. This app may import every
content app and none imports it; each app's part is a module here (share_page, quality_system).
"""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from glossary.models import GlossaryIndexPage, GlossaryTermPage, TermRelation
from knowledge.models import (
    HomePage,
    LegalSource,
    LegalSourceIndexPage,
    OrganisationForm,
    PageLegalSource,
    QualityArea,
    Region,
    StandardPage,
)
from methods.models import (
    ExampleRoutinePage,
    GuideTermLink,
    MethodGuidePage,
    MethodIndexPage,
    RoutineGuideLink,
    RoutineIndexPage,
)
from methods.sections import ensure_region_sections

from . import quality_system, share_page
from .files import LANGUAGES, ContentError, load_content
from .translation import SOURCE_LANGUAGE, StringPairs, stream, translate


class StarterContentLoader:
    def __init__(self, stdout=None, content_dir=None):
        self.stdout = stdout
        self.content = load_content(content_dir) if content_dir else load_content()
        self.created = 0
        self.translated = 0

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # -- entry point -------------------------------------------------------------------------------------

    # Deliberately not one big transaction: wagtail-localize publishes a translation in an on_commit hook,
    # from a copy of the page taken before its children were added. Deferred to the end of one outer
    # transaction, those publishes would write stale tree counts (numchild) back. A failed run is simply
    # run again: loading is idempotent.
    def run(self):
        self.load_locales()
        self.load_taxonomy()
        self.load_legal_sources()
        self.load_frame()
        self.load_legal_source_index()
        self.load_glossary()
        self.load_guides()
        self.load_routines()
        share_page.load(self)
        quality_system.load(self)
        self.log(f"Klart: {self.created} nya objekt, {self.translated} nya översättningar.")
        return self.created, self.translated

    def load_locales(self):
        """A locale for every configured content language. The content's source language must be the
        site's; the content is translated into the configured languages it has text for (a language the
        content lacks, say Arabic, is left to wagtail-localize's editor)."""
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        if settings.LANGUAGE_CODE != SOURCE_LANGUAGE:
            raise ContentError(
                f"content/ is written in {SOURCE_LANGUAGE!r}, but the site's source language "
                f"(LANGUAGE_CODE) is {settings.LANGUAGE_CODE!r}"
            )
        locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in codes}
        self.source = locales[SOURCE_LANGUAGE]
        self.targets = [
            locale for code, locale in locales.items() if code != SOURCE_LANGUAGE and code in LANGUAGES
        ]

    # -- helpers -----------------------------------------------------------------------------------------

    def ensure_translation(self, instance, pairs):
        """Translate ``instance`` into every target language it is not yet translated into."""
        for locale in self.targets:
            if not instance.has_translation(locale):
                translate(instance, locale, pairs)
                self.translated += 1

    def publish_new(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def child_by_slug(self, parent, model, slug):
        return model.objects.child_of(parent).filter(slug=slug).first()

    # -- taxonomy ----------------------------------------------------------------------------------------

    def load_taxonomy(self):
        taxonomy = self.content.taxonomy
        for data in taxonomy["regions"]:
            _region, created = Region.objects.get_or_create(
                slug=data["slug"], defaults={"name": data["name"]}
            )
            self.created += created
        for order, data in enumerate(taxonomy["organisation_forms"]):
            self.load_snippet(OrganisationForm, data, order, facet=data["facet"])
        for order, data in enumerate(taxonomy["quality_areas"]):
            self.load_snippet(QualityArea, data, order)
        self.log("Taxonomi: organisationsformer, kvalitetsområden och regioner.")

    def load_snippet(self, model, data, order, **extra):
        pairs = StringPairs(f"taxonomy.yaml:{data['slug']}")
        fields = {
            "name": pairs.line(data["name"]),
            "description": pairs.line(data["description"]),
            "sort_order": order,
            **extra,
        }
        instance = model.objects.filter(slug=data["slug"], locale=self.source).first()
        if instance is None:
            instance = model.objects.create(slug=data["slug"], locale=self.source, **fields)
            self.created += 1
        self.ensure_translation(instance, pairs)

    # -- the register of legal sources ------------------------------------------------------------------

    def load_legal_sources(self):
        self.legal_sources = {}
        for data in self.content.legal_sources:
            pairs = StringPairs(f"legal_sources/{data['_file']}")
            fields = {
                "number": data["number"],
                "name": pairs.line(data["name"]),
                "url": data["url"],
                "requires": pairs.line(data["requires"]),
                "last_checked": data.get("checked"),
            }
            instance = LegalSource.objects.filter(slug=data["slug"], locale=self.source).first()
            if instance is None:
                instance = LegalSource.objects.create(slug=data["slug"], locale=self.source, **fields)
                self.created += 1
            self.ensure_translation(instance, pairs)
            self.legal_sources[data["slug"]] = instance
        self.log(f"Rättskällor: {len(self.legal_sources)}.")

    def add_legal_sources(self, page, slugs):
        """Link a new page to its sources (the Swedish snippets; readers see them in their language)."""
        for slug in slugs:
            page.legal_source_links.add(PageLegalSource(source=self.legal_sources[slug]))

    def load_legal_source_index(self):
        data = self.content.pages.get("legal_source_index")
        if not data:
            return
        pairs = StringPairs("pages.yaml:legal_source_index")
        slug = pairs.field("slug", data["slug"])
        title, intro = pairs.line(data["title"]), pairs.rich_text(data["intro"])
        page = self.child_by_slug(self.home, LegalSourceIndexPage, slug)
        if page is None:
            page = self.publish_new(
                self.home,
                LegalSourceIndexPage(
                    title=title,
                    slug=slug,
                    intro=intro,
                    show_in_menus=False,
                    last_reviewed=data["last_reviewed"],
                    locale=self.source,
                ),
            )
        self.ensure_translation(page, pairs)
        self.indexes["legal_source_index"] = page

    # -- home, listings and standard pages ---------------------------------------------------------------

    def load_frame(self):
        pages = self.content.pages
        home = HomePage.objects.filter(locale=self.source).first()
        pairs = StringPairs("pages.yaml:home")
        home_fields = {
            "title": pairs.line(pages["home"]["title"]),
            "intro": pairs.line(pages["home"]["intro"]),
            "body": pairs.rich_text(pages["home"]["body"]),
        }
        pairs.same("kvalitetsnavet")
        if home is None:
            home = self.create_home({**home_fields, "last_reviewed": pages["home"]["last_reviewed"]})
        self.home_pairs = pairs

        indexes = {}
        for key, model in (
            ("method_index", MethodIndexPage),
            ("routine_index", RoutineIndexPage),
            ("glossary_index", GlossaryIndexPage),
        ):
            data = pages[key]
            pairs = StringPairs(f"pages.yaml:{key}")
            slug = pairs.field("slug", data["slug"])
            page = self.child_by_slug(home, model, slug)
            if page is None:
                page = self.publish_new(
                    home,
                    model(
                        title=pairs.line(data["title"]),
                        slug=slug,
                        intro=pairs.rich_text(data["intro"]),
                        show_in_menus=True,
                        last_reviewed=data["last_reviewed"],
                        locale=self.source,
                    ),
                )
            pairs.line(data["title"])
            pairs.rich_text(data["intro"])
            indexes[key] = (page, pairs)

        if home.methods_page_id is None:
            home.methods_page = indexes["method_index"][0]
            home.routines_page = indexes["routine_index"][0]
            home.glossary_page = indexes["glossary_index"][0]
            home.save_revision().publish()

        standard = []
        for data in pages["standard_pages"]:
            pairs = StringPairs(f"pages.yaml:{data['slug']['sv']}")
            slug = pairs.field("slug", data["slug"])
            title = pairs.line(data["title"])
            intro = pairs.line(data["intro"])
            body = [
                stream("data_controller", [None])[0]
                if section.get("data_controller")
                else stream(
                    "section",
                    [{"heading": pairs.line(section["heading"]), "text": pairs.rich_text(section["text"])}],
                )[0]
                for section in data["sections"]
            ]
            page = self.child_by_slug(home, StandardPage, slug)
            if page is None:
                page = self.publish_new(
                    home,
                    StandardPage(
                        title=title,
                        slug=slug,
                        intro=intro,
                        body=body,
                        # About and the statements are linked from the footer, not the main menu.
                        show_in_menus=False,
                        last_reviewed=data["last_reviewed"],
                        locale=self.source,
                    ),
                )
            standard.append((page, pairs))

        # Translate top-down so every English page gets its English parent.
        self.ensure_translation(home, self.home_pairs)
        for page, pairs in [*indexes.values(), *standard]:
            self.ensure_translation(page, pairs)
        self.home = home
        self.indexes = {key: page for key, (page, _pairs) in indexes.items()}
        self.log("Startsida, listsidor och standardsidor.")

    def create_home(self, fields):
        root = Page.get_first_root_node()
        home = HomePage(slug="kvalitetsnavet", locale=self.source, **fields)
        root.add_child(instance=home)
        home.save_revision().publish()
        self.created += 1
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site is None:
            Site.objects.create(
                hostname="localhost", root_page=home, is_default_site=True, site_name="Kvalitetsnavet"
            )
        else:
            site.root_page = home
            site.site_name = "Kvalitetsnavet"
            site.save()
        # Wagtail's placeholder "Welcome" page is of the bare Page type; remove it, never a real page.
        if old_root is not None and old_root.specific_class is Page and old_root.pk != home.pk:
            old_root.delete()
        return home

    # -- glossary ----------------------------------------------------------------------------------------

    def load_glossary(self):
        parent = self.indexes["glossary_index"]
        by_slug, new_pages, all_pairs = {}, [], {}
        for data in self.content.terms:
            pairs = StringPairs(data["_file"])
            slug = pairs.field("slug", data["slug"])
            fields = {
                "title": pairs.field("title", data["term"]),
                "term": pairs.field("term", data["term"]),
                "short_definition": pairs.line(data["short_definition"]),
                "explanation": pairs.rich_text(data["explanation"]),
                "synonyms": self.word_list(pairs, data["synonyms"]),
                "abbreviations": self.word_list(pairs, data["abbreviations"]),
                "confusion_note": pairs.rich_text(data["confusion_note"])
                if data.get("confusion_note")
                else "",
                "source": pairs.line(data["source"]),
                "source_url": data.get("source_url", ""),
                # Set only when a person has checked the definition against its source.
                "last_checked": data.get("checked"),
                "last_reviewed": data["last_reviewed"],
            }
            page = self.child_by_slug(parent, GlossaryTermPage, slug)
            if page is None:
                page = GlossaryTermPage(slug=slug, locale=self.source, **fields)
                self.add_legal_sources(page, data.get("legal_sources", []))
                page = self.publish_new(parent, page)
                new_pages.append((page, data))
            by_slug[slug] = page
            all_pairs[slug] = pairs

        # Relations need every term to exist first.
        for page, data in new_pages:
            for kind, key in ((TermRelation.RELATED, "related"), (TermRelation.CONFUSED, "confused_with")):
                for target in data.get(key, []):
                    page.relations.add(TermRelation(kind=kind, target=by_slug[target]))
            page.save_revision().publish()

        for slug, page in by_slug.items():
            self.ensure_translation(page, all_pairs[slug])
        self.terms = by_slug
        self.log(f"Begrepp: {len(by_slug)}.")

    @staticmethod
    def word_list(pairs, value):
        """A comma-separated word list; a language without words of its own keeps the source's."""
        words = {language: ", ".join(value[language]) for language in LANGUAGES}
        source = words[SOURCE_LANGUAGE]
        if source:
            pairs.line({language: text or source for language, text in words.items()})
        return source

    # -- method guides -----------------------------------------------------------------------------------

    def quality_area(self, slug):
        return QualityArea.objects.get(slug=slug, locale=self.source)

    def steps(self, pairs, steps):
        return stream(
            "step",
            [{"title": pairs.line(step["title"]), "text": pairs.block_text(step["text"])} for step in steps],
        )

    def load_guides(self):
        parent = self.indexes["method_index"]
        self.guides = {}
        for data in self.content.guides:
            pairs = StringPairs(data["_file"])
            slug = pairs.field("slug", data["slug"])
            page = self.child_by_slug(parent, MethodGuidePage, slug)
            fields = {
                "title": pairs.line(data["title"]),
                "summary": pairs.line(data["summary"]),
                "purpose": pairs.rich_text(data["purpose"]),
                "legal_basis": pairs.rich_text(data["legal_basis"]),
                "responsibility": pairs.rich_text(data["responsibility"]),
                "easy_read": pairs.rich_text(data["easy_read"], per_line=True),
                "steps": self.steps(pairs, data["steps"]),
                "checklist": stream("item", [{"text": pairs.line(item)} for item in data["checklist"]]),
                "indicators": stream(
                    "indicator",
                    [
                        {key: pairs.line(ind[key]) for key in ("name", "how", "when", "source")}
                        for ind in data["indicators"]
                    ],
                ),
            }
            if page is None:
                page = MethodGuidePage(
                    slug=slug,
                    locale=self.source,
                    quality_area=self.quality_area(data["quality_area"]),
                    next_review=data["next_review"],
                    last_reviewed=data["last_reviewed"],
                    sol_lss_providers=data.get("sol_lss_providers", False),
                    **fields,
                )
                page.organisation_forms.add(*self.forms(data["organisation_forms"]))
                for term in data["related_terms"]:
                    page.term_links.add(GuideTermLink(term=self.terms[term]))
                self.add_legal_sources(page, data.get("legal_sources", []))
                self.publish_new(parent, page)
            self.guides[slug] = page
            self.ensure_translation(page, pairs)
        self.log(f"Metodhandledningar: {len(self.guides)}.")

    def forms(self, slugs):
        return list(OrganisationForm.objects.filter(locale=self.source, slug__in=slugs))

    # -- example routines --------------------------------------------------------------------------------

    def load_routines(self):
        index = self.indexes["routine_index"]
        sections = ensure_region_sections(index)
        count = 0
        for data in self.content.routines:
            pairs = StringPairs(data["_file"])
            slug = pairs.field("slug", data["slug"])
            region = Region.objects.get(slug=data["region"])
            parent = sections[region.pk]
            # Anywhere under the listing: an editor may have moved it to another region's section.
            page = ExampleRoutinePage.objects.descendant_of(index).filter(slug=slug).first()
            if page is None:
                page = ExampleRoutinePage(
                    slug=slug,
                    locale=self.source,
                    title=pairs.line(data["title"]),
                    summary=pairs.line(data["summary"]),
                    organisation_name=data["organisation"],
                    editorial_example=data["editorial_example"],
                    region=region,
                    size_band=data["size_band"],
                    quality_area=self.quality_area(data["quality_area"]),
                    purpose=pairs.rich_text(data["purpose"]),
                    scope=pairs.rich_text(data["scope"]),
                    responsibilities=pairs.rich_text(data["responsibilities"]),
                    steps=self.steps(pairs, data["steps"]),
                    records=pairs.rich_text(data["records"]),
                    review_interval_months=data["review_interval_months"],
                    adopted_on=data["adopted"],
                    version=data["version"],
                    last_reviewed=data["last_reviewed"],
                    sol_lss_providers=data.get("sol_lss_providers", False),
                )
                page.organisation_forms.add(*self.forms(data["organisation_forms"]))
                for guide in data["guides"]:
                    page.guide_links.add(RoutineGuideLink(guide=self.guides[guide]))
                self.add_legal_sources(page, data.get("legal_sources", []))
                self.publish_new(parent, page)
            else:
                self.register_routine_pairs(pairs, data)
            self.ensure_translation(page, pairs)
            count += 1
        self.log(f"Exempelrutiner: {count}.")

    def register_routine_pairs(self, pairs, data):
        for key in ("title", "summary"):
            pairs.line(data[key])
        for key in ("purpose", "scope", "responsibilities", "records"):
            pairs.rich_text(data[key])
        self.steps(pairs, data["steps"])
