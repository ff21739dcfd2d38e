"""System checks: the Elasticsearch client must match the server's major version; the SQLite backend must
find the modelsearch internals it was written for."""

from importlib import metadata

from django.conf import settings
from django.core.checks import Error, register

from .backends.settings import ELASTICSEARCH_BACKENDS, ELASTICSEARCH_CLIENTS


def client_mismatch(backend_module, installed_version):
    """An error message if ``installed_version`` of the elasticsearch client cannot drive
    ``backend_module``, else None."""
    major = next((m for m, module in ELASTICSEARCH_BACKENDS.items() if module == backend_module), None)
    if major is None:
        return None
    if installed_version is None:
        return f'The Elasticsearch client is not installed: pip install "{ELASTICSEARCH_CLIENTS[major]}"'
    if installed_version.split(".")[0] != major:
        return (
            f"ELASTICSEARCH_VERSION={major} needs the client {ELASTICSEARCH_CLIENTS[major]}, "
            f"but elasticsearch {installed_version} is installed"
        )
    return None


def _installed_client():
    try:
        return metadata.version("elasticsearch")
    except metadata.PackageNotFoundError:
        return None


@register()
def elasticsearch_client_check(app_configs, **kwargs):
    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    problem = client_mismatch(
        backend, _installed_client() if backend in ELASTICSEARCH_BACKENDS.values() else ""
    )
    return [Error(problem, id="site_search.E001")] if problem else []


@register()
def sqlite_backend_check(app_configs, **kwargs):
    """The SQLite stemming backend relies on modelsearch's internals: refuse to run on a modelsearch whose
    internals differ from those it was written for (``search.backends.sqlite``, ``RELIES_ON``)."""
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    if backend != "search.backends.database" or connection.vendor != "sqlite":
        return []
    try:
        chosen = get_search_backend()
    except (ImportError, AttributeError) as error:
        return [
            Error(
                f"search.backends.sqlite does not load with this modelsearch: {error}", id="site_search.E002"
            )
        ]
    if type(chosen).__module__ != "search.backends.sqlite":
        return []  # SQLite without FTS5: Wagtail's plain fallback, nothing of ours
    from .backends.sqlite import contract_problems

    return [Error(problem, id="site_search.E002") for problem in contract_problems()]
