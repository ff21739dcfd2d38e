"""Where each source page stands in each other language: the translator's dashboard panel and the national
editors' translation report both read it from here.

A page's status in a language is one of:
- "missing": no translation yet (an alias copy of the source counts as missing: it shows the source's text);
- "outdated": the source's published text differs from what was last synced to the translations;
- "draft": translated but not live, or with changes (segments or a submitted draft) not yet published;
- "live": published and up to date.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .translation_workflow import Progress, translation_progress

MISSING, OUTDATED, DRAFT, LIVE = "missing", "outdated", "draft", "live"
STATUS_LABELS = {
    MISSING: _("saknas"),
    OUTDATED: _("utdaterad"),
    DRAFT: _("utkast"),
    LIVE: _("publicerad"),
}


@dataclass
class LanguageStatus:
    status: str
    target: Page | None = None
    progress: Progress | None = None

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    @property
    def needs_work(self):
        return self.status != LIVE or (self.progress is not None and self.progress.missing > 0)


@dataclass
class PageStatus:
    source: Page
    languages: dict = field(default_factory=dict)  # language code -> LanguageStatus


def target_locales():
    return list(Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"))


def source_changed(source, translation_source):
    """Whether the live source's text differs from what was last synced to its translations.

    Republishing without a text change (a new owner, a review date) is not a change for a translator, so the
    text segments are compared, and only for sources published after the last sync."""
    if source.last_published_at is None or source.last_published_at <= translation_source.last_updated_at:
        return False
    # Extracting the segments takes a while; the answer holds until either date moves.
    published, synced = source.last_published_at.timestamp(), translation_source.last_updated_at.timestamp()
    key = f"governance:source-changed:{translation_source.pk}:{published}:{synced}"
    changed = cache.get(key)
    if changed is None:
        changed = compare_segments(source, translation_source)
        cache.set(key, changed, timeout=None)
    return changed


def compare_segments(source, translation_source):
    live = {
        (segment.path, segment.string.data)
        for segment in extract_segments(source.specific)
        if isinstance(segment, StringSegmentValue)
    }
    synced = set(
        StringSegment.objects.filter(source=translation_source).values_list("context__path", "string__data")
    )
    return live != synced


def progress_by_source(source_ids, locale):
    """{translation source id: Progress} into ``locale`` in two queries (as translation_progress counts)."""
    segments = StringSegment.objects.filter(source_id__in=source_ids).annotate_translation(locale)
    totals = dict(segments.values_list("source_id").annotate(count=Count("pk")).order_by())
    translated = dict(
        segments.filter(translation__isnull=False)
        .values_list("source_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {pk: Progress(total=total, translated=translated.get(pk, 0)) for pk, total in totals.items()}


def language_status(source, target, translation, translation_source, progress=None):
    if target is None or target.alias_of_id is not None:
        return LanguageStatus(MISSING, target)
    if translation is None:
        progress = None
    elif progress is None:
        progress = translation_progress(translation)
    outdated = translation_source is not None and source_changed(source, translation_source)
    if outdated:
        status = OUTDATED
    elif not target.live or target.has_unpublished_changes or (progress is not None and progress.missing):
        status = DRAFT
    else:
        status = LIVE
    return LanguageStatus(status, target, progress)


def page_statuses(sources, locales=None):
    """A PageStatus for each page of ``sources`` (source-language pages), for ``locales``."""
    locales = locales if locales is not None else target_locales()
    sources = list(sources)
    keys = [page.translation_key for page in sources]
    targets = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys, locale__in=locales)
    }
    translation_sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale=Locale.get_default())
    }
    translations = {
        (translation.source.object_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(
            source__object_id__in=keys, target_locale__in=locales, enabled=True
        ).select_related("source", "target_locale")
    }
    source_ids = [source.pk for source in translation_sources.values()]
    progress = {locale.pk: progress_by_source(source_ids, locale) for locale in locales}
    statuses = []
    for source in sources:
        row = PageStatus(source)
        translation_source = translation_sources.get(source.translation_key)
        for locale in locales:
            row.languages[locale.language_code] = language_status(
                source,
                targets.get((source.translation_key, locale.pk)),
                translations.get((source.translation_key, locale.pk)),
                translation_source,
                progress[locale.pk].get(getattr(translation_source, "pk", None), Progress(0, 0)),
            )
        statuses.append(row)
    return statuses


def source_pages():
    """Every page in the source language, in tree order (the tree root excluded)."""
    return Page.objects.filter(locale=Locale.get_default(), depth__gt=1).order_by("path")
