"""Make SQLite's full-text index keep å, ä and ö as letters of their own (Wagtail's FTS5 table folds them
into a and o). The SQL lives with the backend that relies on it, ``search.backends.sqlite``
(``recreate_fts_table``), which is importable only where SQLite has FTS5; other databases are not touched.
"""

from django.db import migrations

FTS_TABLE = "wagtailsearch_indexentry_fts"


def _has_fts_table(schema_editor):
    connection = schema_editor.connection
    return connection.vendor == "sqlite" and FTS_TABLE in connection.introspection.table_names()


def keep_swedish_letters(apps, schema_editor):
    if _has_fts_table(schema_editor):
        from search.backends.sqlite import recreate_fts_table

        recreate_fts_table(schema_editor, keep_diacritics=True)


def fold_diacritics_again(apps, schema_editor):
    if _has_fts_table(schema_editor):
        from search.backends.sqlite import recreate_fts_table

        recreate_fts_table(schema_editor, keep_diacritics=False)


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(keep_swedish_letters, fold_diacritics_again)]
