"""Wagtail's database backend, with language-aware stemming where the database has none.

Use ``"BACKEND": "search.backends.database"``. On PostgreSQL this is Wagtail's own PostgreSQL full-text
backend (stemming by the ``SEARCH_CONFIG`` text search configuration, ``swedish`` here). On SQLite, whose FTS5
index does no stemming, it is ``StemmingSQLiteSearchBackend`` (``search.backends.sqlite``).
"""

from django.db import connection
from wagtail.search.backends.database import SearchBackend as wagtail_database_backend


def SearchBackend(params):
    backend = wagtail_database_backend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        from .sqlite import StemmingSQLiteSearchBackend

        return StemmingSQLiteSearchBackend(params)
    return backend
