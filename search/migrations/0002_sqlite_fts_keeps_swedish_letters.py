"""Make SQLite's full-text index keep å, ä and ö as letters of their own.

Wagtail creates its FTS5 table with the default ``unicode61`` tokenizer, which removes diacritics, so "får"
would match "far" and "år" would match "ar". This recreates the table with ``remove_diacritics 0`` and copies
the index into it (Wagtail's triggers refer to the table by name and keep working). Only SQLite is touched.
Should a Wagtail upgrade recreate the table, tests/search (``får`` is not ``far``) fails and this migration's
SQL can be run again in a new migration.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
COLUMNS = "autocomplete, body, title"


def _recreate(schema_editor, tokenizer_option):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [f"{TABLE}_fts"])
        if cursor.fetchone() is None:  # no FTS5: Wagtail uses its plain database fallback
            return
        cursor.execute(f"DROP TABLE {TABLE}_fts")
        cursor.execute(f"CREATE VIRTUAL TABLE {TABLE}_fts USING fts5({COLUMNS}{tokenizer_option})")
        cursor.execute(
            f"INSERT INTO {TABLE}_fts (rowid, autocomplete, body, title) "  # noqa: S608
            f"SELECT id, autocomplete, body, title FROM {TABLE}"
        )


def keep_swedish_letters(apps, schema_editor):
    _recreate(schema_editor, ", tokenize = 'unicode61 remove_diacritics 0'")


def fold_diacritics_again(apps, schema_editor):
    _recreate(schema_editor, "")


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0001_synonyms_and_query_log"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(keep_swedish_letters, fold_diacritics_again)]
