"""The SQLite stemming backend (search/backends/sqlite.py) relies on modelsearch's internals: an upgrade that
changes them must fail here, naming the module, rather than quietly lose Swedish stemming or ranking."""

from importlib.metadata import version

import pytest
from django.db import connection

# The backend exists only on SQLite: a run on PostgreSQL deselects these (tests/conftest.py).
pytestmark = pytest.mark.sqlite_only


def _backend_module():
    try:
        from search.backends import sqlite
    except (ImportError, AttributeError) as error:
        pytest.fail(
            f"search.backends.sqlite does not load with modelsearch {version('modelsearch')}: {error}"
        )
    return sqlite


def test_the_installed_modelsearch_has_what_the_sqlite_backend_relies_on():
    problems = _backend_module().contract_problems()
    assert problems == [], "\n".join(problems)


def test_a_changed_internal_is_reported_with_the_module_name(monkeypatch):
    sqlite = _backend_module()
    monkeypatch.delattr(sqlite.sqlite.SQLiteSearchResults, "_do_count")
    monkeypatch.setattr(
        sqlite.sqlite.SQLiteIndex, "add_items", lambda self, model, objects, *, commit=True: None
    )
    problems = sqlite.contract_problems()
    assert any("search.backends.sqlite" in p and "SQLiteSearchResults._do_count" in p for p in problems)
    assert any("SQLiteIndex.add_items(self, model, objs)" in p for p in problems), problems


def test_an_unexpected_modelsearch_version_is_reported(monkeypatch):
    sqlite = _backend_module()
    monkeypatch.setattr(sqlite, "version", lambda name: "1.4.0")
    assert any("was written for modelsearch" in problem for problem in sqlite.contract_problems())


def test_the_site_refuses_to_start_on_a_changed_modelsearch(db, monkeypatch, settings):
    sqlite = _backend_module()
    from search.backends.settings import search_backends
    from search.checks import sqlite_backend_check

    # The default backend, also in the run that searches with Elasticsearch.
    settings.WAGTAILSEARCH_BACKENDS = search_backends({})

    assert sqlite_backend_check(None) == []
    monkeypatch.delattr(sqlite.sqlite.SQLiteSearchQueryCompiler, "_build_rank_expression")
    errors = sqlite_backend_check(None)
    assert errors and errors[0].id == "site_search.E002" and "search.backends.sqlite" in errors[0].msg


def test_the_full_text_table_keeps_swedish_letters(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [_backend_module().FTS_TABLE])
        (sql,) = cursor.fetchone()
    assert "remove_diacritics 0" in sql
