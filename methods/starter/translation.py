"""Make the English version of a Swedish object as a real wagtail-localize translation.

The loader pairs every Swedish string of an object with its English text from the content files. Here those
pairs become StringTranslations of the object's segments, so an editor who opens the translation in
wagtail-localize's editor sees every segment translated, and later source edits sync as usual.
"""

import json

from django.db import transaction
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from .files import ContentError, paragraphs


class StringPairs:
    """Swedish → English pairs for one object, keyed the way wagtail-localize stores segment text."""

    def __init__(self, where):
        self.where = where
        self.pairs = {}
        # Fields whose Swedish text often equals another field's (a one-word term and its slug) are paired
        # by their segment path instead, so each gets its own English.
        self.by_path = {}

    @staticmethod
    def _key(text):
        return StringValue.from_plaintext(text).data

    def _add(self, sv, en):
        key, value = self._key(sv), self._key(en)
        if self.pairs.get(key, value) != value:
            raise ContentError(f"{self.where}: {sv!r} has two different English translations")
        self.pairs[key] = value

    def line(self, value):
        """A one-line bilingual value: register the pair, return the Swedish text."""
        self._add(value["sv"], value["en"])
        return value["sv"]

    def field(self, path, value):
        """A one-line value paired only for the segment at ``path`` (for example "slug")."""
        self.by_path[path] = self._key(value["en"])
        return value["sv"]

    def same(self, text):
        """Text that is the same in both languages (slugs of taxonomy, proper nouns)."""
        self._add(text, text)
        return text

    def block_text(self, value):
        """Paragraph text stored in a TextBlock (paragraphs separated by a blank line)."""
        sv = "\n\n".join(paragraphs(value["sv"]))
        en = "\n\n".join(paragraphs(value["en"]))
        self._add(sv, en)
        return sv

    def rich_text(self, value, *, per_line=False):
        """Paragraph text stored as rich text: one <p> (and so one segment) per paragraph."""
        from django.utils.html import escape

        sv_parts = paragraphs(value["sv"], per_line=per_line)
        en_parts = paragraphs(value["en"], per_line=per_line)
        if len(sv_parts) != len(en_parts):
            raise ContentError(f"{self.where}: paragraphs do not pair up between sv and en")
        for sv, en in zip(sv_parts, en_parts, strict=True):
            self._add(sv, en)
        return "".join(f"<p>{escape(part)}</p>" for part in sv_parts)

    def english_for(self, path, segment_text):
        return self.by_path.get(path) or self.pairs.get(segment_text)

    def override_for(self, path):
        """The English value of a synchronised field (a page's slug) given for ``path``, or None."""
        return self.by_path.get(path)


@transaction.atomic
def translate(instance, locale, pairs):
    """Create (or bring up to date) the ``locale`` translation of ``instance`` and return it.

    Raises ContentError naming every segment the content files leave untranslated, so a gap in the English
    content is found when loading, not by a reader.
    """
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    missing = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        english = pairs.english_for(segment.context.path, segment.string.data)
        if english is None:
            missing.append(f"{segment.context.path}: {segment.string.data[:80]!r}")
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": english, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if missing:
        raise ContentError(f"{pairs.where}: no English for " + "; ".join(missing))
    # Synchronised fields (a page's slug: knowledge/page_slugs.py) keep the Swedish value unless overridden:
    # an English value that differs becomes the override, which later syncs keep.
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        english = pairs.override_for(segment.context.path)
        if english is not None and english != segment.data:
            SegmentOverride.objects.update_or_create(
                locale=locale, context=segment.context, defaults={"data_json": json.dumps(english)}
            )
    translation.save_target(publish=True)
    return instance.get_translation(locale)
