"""Which search backend to use, from environment variables. Imported by the settings: no models here.

- Default: ``search.backends.database``, Wagtail's database backend (SQLite FTS5 with our stemming, or
  PostgreSQL full-text search with the ``swedish`` configuration when ``DATABASE_URL`` is PostgreSQL).
- ``ELASTICSEARCH_URL`` set: Wagtail's Elasticsearch backend for the server's major version, given by
  ``ELASTICSEARCH_VERSION`` (7, 8 or 9; default 7). The Python client's major version must match
  (``pip install ".[elasticsearch7]"`` and so on); the system check ``site_search.E001`` says so if not.
"""

from django.core.exceptions import ImproperlyConfigured

ELASTICSEARCH_BACKENDS = {
    "7": "wagtail.search.backends.elasticsearch7",
    "8": "wagtail.search.backends.elasticsearch8",
    "9": "wagtail.search.backends.elasticsearch9",
}
# The pip requirement for the client that talks to each server version (also in pyproject.toml's extras).
ELASTICSEARCH_CLIENTS = {
    "7": "elasticsearch>=7.10,<7.14",  # 7.14+ refuses servers without the Elastic licence (OSS builds)
    "8": "elasticsearch>=8,<9",
    "9": "elasticsearch>=9,<10",
}

# Text is analysed with Elasticsearch's Swedish analyzer (lowercase, Swedish stop words, Swedish Snowball
# stemmer; å, ä and ö are kept). Autocomplete keeps Wagtail's edge n-gram analyzer.
SWEDISH_INDEX_SETTINGS = {"settings": {"analysis": {"analyzer": {"default": {"type": "swedish"}}}}}


def elasticsearch_major(environ):
    version = (environ.get("ELASTICSEARCH_VERSION") or "7").strip()
    major = version.split(".")[0]
    if major not in ELASTICSEARCH_BACKENDS:
        raise ImproperlyConfigured(
            f"ELASTICSEARCH_VERSION={version!r}: use the server's major version, one of "
            + ", ".join(ELASTICSEARCH_BACKENDS)
        )
    return major


def search_backends(environ):
    """The WAGTAILSEARCH_BACKENDS setting for these environment variables."""
    # SEARCH_AUTO_UPDATE=0 stops indexing on every save (bulk imports; run update_index afterwards).
    auto_update = (environ.get("SEARCH_AUTO_UPDATE") or "1").strip().lower() not in {
        "0",
        "false",
        "no",
        "off",
    }
    url = (environ.get("ELASTICSEARCH_URL") or "").strip()
    if not url:
        return {
            "default": {
                "BACKEND": "search.backends.database",
                "SEARCH_CONFIG": "swedish",
                "AUTO_UPDATE": auto_update,
            }
        }
    return {
        "default": {
            "AUTO_UPDATE": auto_update,
            "BACKEND": ELASTICSEARCH_BACKENDS[elasticsearch_major(environ)],
            # Several nodes of a cluster, comma-separated: the client spreads requests and skips a dead node.
            "URLS": [node.strip() for node in url.split(",") if node.strip()],
            "INDEX_PREFIX": environ.get("ELASTICSEARCH_INDEX_PREFIX") or "kvalitetsnavet_",
            "TIMEOUT": 10,
            "OPTIONS": {},
            "INDEX_SETTINGS": SWEDISH_INDEX_SETTINGS,
        }
    }
