"""Pair every source-language string of an object with its translations from the content files.

The loader registers each bilingual value it stores (``{"sv": ..., "en": ...}``) here; ``translate`` then
makes each translation a real wagtail-localize translation (knowledge/translation.py) from those pairs.
"""

import uuid

from django.utils.html import escape
from wagtail_localize.strings import StringValue

from knowledge.translation import UntranslatedSegments
from knowledge.translation import translate as translate_segments

from .files import LANGUAGES, ContentError, paragraphs

SOURCE_LANGUAGE, TRANSLATED_LANGUAGES = LANGUAGES[0], LANGUAGES[1:]


class StringPairs:
    """Source text → its text in every other content language, for one object, keyed the way
    wagtail-localize stores segment text."""

    def __init__(self, where):
        self.where = where
        self.pairs = {}
        # Fields whose source text often equals another field's (a one-word term and its slug) are paired
        # by their segment path instead, so each gets its own translation.
        self.by_path = {}

    @staticmethod
    def _key(text):
        return StringValue.from_plaintext(text).data

    def _add(self, texts):
        key = self._key(texts[SOURCE_LANGUAGE])
        translations = {language: self._key(texts[language]) for language in TRANSLATED_LANGUAGES}
        if self.pairs.get(key, translations) != translations:
            raise ContentError(f"{self.where}: {texts[SOURCE_LANGUAGE]!r} has two different translations")
        self.pairs[key] = translations

    def line(self, value):
        """A one-line value in every language: register the pair, return the source text."""
        self._add(value)
        return value[SOURCE_LANGUAGE]

    def field(self, path, value):
        """A one-line value paired only for the segment at ``path`` (for example "slug")."""
        self.by_path[path] = {language: self._key(value[language]) for language in TRANSLATED_LANGUAGES}
        return value[SOURCE_LANGUAGE]

    def same(self, text):
        """Text that is the same in every language (slugs of taxonomy, proper nouns)."""
        self._add(dict.fromkeys(LANGUAGES, text))
        return text

    def block_text(self, value):
        """Paragraph text stored in a TextBlock (paragraphs separated by a blank line)."""
        texts = {language: "\n\n".join(paragraphs(value[language])) for language in LANGUAGES}
        self._add(texts)
        return texts[SOURCE_LANGUAGE]

    def rich_text(self, value, *, per_line=False):
        """Paragraph text stored as rich text: one <p> (and so one segment) per paragraph."""
        parts = {language: paragraphs(value[language], per_line=per_line) for language in LANGUAGES}
        if len({len(language_parts) for language_parts in parts.values()}) != 1:
            raise ContentError(f"{self.where}: paragraphs do not pair up between the languages")
        for number in range(len(parts[SOURCE_LANGUAGE])):
            self._add({language: language_parts[number] for language, language_parts in parts.items()})
        return "".join(f"<p>{escape(part)}</p>" for part in parts[SOURCE_LANGUAGE])

    def text_for(self, language, path, segment_text):
        texts = self.by_path.get(path) or self.pairs.get(segment_text) or {}
        return texts.get(language)


def translate(instance, locale, pairs):
    """The ``locale`` translation of ``instance`` from ``pairs``, published. Raises ContentError naming every
    segment the content files leave untranslated."""
    language = locale.language_code
    try:
        return translate_segments(
            instance,
            locale,
            lambda path, text: pairs.text_for(language, path, text),
            where=pairs.where,
            override_for=lambda path: pairs.by_path.get(path, {}).get(language),
        )
    except UntranslatedSegments as error:
        raise ContentError(str(error)) from error


def stream(block_type, values):
    # Explicit block ids: wagtail-localize keys segments by them (wagtail-localize#298).
    return [{"type": block_type, "value": value, "id": str(uuid.uuid4())} for value in values]
