"""Make a complete wagtail-localize translation of an object from text the caller supplies per segment.

The starter loader fills the segments from the content files (starter/translation.py); region sections copy
their source text, since a region's name is a proper noun (methods/sections.py). Either way the result is a
real translation: an editor who opens it in wagtail-localize's editor sees every segment translated, and later
source edits sync as usual.
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


class UntranslatedSegments(Exception):
    """The caller had no text for some segments; the message names each one."""


@transaction.atomic
def translate(instance, locale, text_for, *, where="", override_for=None):
    """Create (or bring up to date) the ``locale`` translation of ``instance``, publish it and return it.

    ``text_for(path, source_text)`` gives a segment's text in ``locale``, or None when it has none: then
    nothing is published and UntranslatedSegments names every such segment, so a gap is found by the person
    loading, not by a reader. ``override_for(path)`` may give a synchronised field's own value in ``locale``
    (a page's slug, see knowledge/page_slugs.py); a value that differs from the source is stored as an
    override, which later syncs keep.
    """
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    missing = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = text_for(segment.context.path, segment.string.data)
        if text is None:
            missing.append(f"{segment.context.path}: {segment.string.data[:80]!r}")
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if missing:
        raise UntranslatedSegments(f"{where}: no {locale.language_code} text for " + "; ".join(missing))
    if override_for is not None:
        for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
            value = override_for(segment.context.path)
            if value is not None and value != segment.data:
                SegmentOverride.objects.update_or_create(
                    locale=locale, context=segment.context, defaults={"data_json": json.dumps(value)}
                )
    translation.save_target(publish=True)
    return instance.get_translation(locale)


def translate_unchanged(instance, locale):
    """A translation whose every segment keeps the source text (names that are the same in all languages)."""
    return translate(instance, locale, lambda _path, text: text, where=str(instance))
