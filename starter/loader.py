"""Load the starter content of every app from ``content/``: source-language pages, then their translations.

Idempotent by design: an object that already exists (found by its source-language slug) is left as it is, so
a second run changes nothing and editors' later changes are never overwritten. This app may import every
content app and none imports it. Each part is a module here, run in this order (later parts link to
what earlier ones made): taxonomy, frame, terms, guides, routines, share_page, quality_system.
"""

from django.conf import settings
from wagtail.models import Locale

from knowledge.models import OrganisationForm, PageLegalSource, QualityArea

from . import frame, guides, quality_system, routines, share_page, taxonomy, terms
from .files import LANGUAGES, ContentError, load_content
from .translation import SOURCE_LANGUAGE, stream, translate


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
        taxonomy.load(self)
        taxonomy.load_legal_sources(self)
        frame.load(self)
        frame.load_legal_source_index(self)
        terms.load(self)
        guides.load(self)
        routines.load(self)
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

    # -- shared by the parts ---------------------------------------------------------------------------

    def add_legal_sources(self, page, slugs):
        """Link a new page to its sources (the source-language snippets; readers see them translated)."""
        for slug in slugs:
            page.legal_source_links.add(PageLegalSource(source=self.legal_sources[slug]))

    def quality_area(self, slug):
        return QualityArea.objects.get(slug=slug, locale=self.source)

    def steps(self, pairs, steps):
        return stream(
            "step",
            [{"title": pairs.line(step["title"]), "text": pairs.block_text(step["text"])} for step in steps],
        )

    def forms(self, slugs):
        return list(OrganisationForm.objects.filter(locale=self.source, slug__in=slugs))
