"""Pages' slugs became synchronised from the source page (knowledge/page_slugs.py): until now a translation's
slug was a translated text segment. A translated page whose slug differs from its source page's (the English
starter pages' English slugs, or one a translator gave) keeps it as an override, which every later sync
applies; without it, the next "Sync translated pages" would give it the Swedish slug."""

import json

from django.db import migrations


def keep_translated_slugs(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Translation = apps.get_model("wagtail_localize", "Translation")
    TranslationContext = apps.get_model("wagtail_localize", "TranslationContext")
    SegmentOverride = apps.get_model("wagtail_localize", "SegmentOverride")
    for translation in Translation.objects.select_related("source"):
        source = translation.source
        pages = Page.objects.filter(translation_key=source.object_id)
        source_page = pages.filter(locale_id=source.locale_id).first()
        target = pages.filter(locale_id=translation.target_locale_id).first()
        if source_page is None or target is None or target.slug == source_page.slug:
            continue  # a snippet, a deleted page, or a translation with the source's slug already
        # The context of the old "slug" segment: an override needs one, and every translated page has it.
        context = TranslationContext.objects.filter(object_id=source.object_id, path="slug").first()
        if context is not None:
            SegmentOverride.objects.get_or_create(
                locale_id=translation.target_locale_id,
                context=context,
                defaults={"data_json": json.dumps(target.slug)},
            )


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0004_privacy_controller_block"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(keep_translated_slugs, migrations.RunPython.noop)]
