"""Choosing the search backend from the environment, for Elasticsearch 7, 8 and 9 and the database."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from search.backends.settings import search_backends
from search.checks import client_mismatch


def test_without_elasticsearch_the_database_backend_is_used():
    assert search_backends({})["default"]["BACKEND"] == "search.backends.database"
    assert search_backends({})["default"]["SEARCH_CONFIG"] == "swedish"


@pytest.mark.parametrize(
    ("version", "module"),
    [
        (None, "wagtail.search.backends.elasticsearch7"),
        ("7", "wagtail.search.backends.elasticsearch7"),
        ("7.17.3", "wagtail.search.backends.elasticsearch7"),
        ("8", "wagtail.search.backends.elasticsearch8"),
        ("9.1", "wagtail.search.backends.elasticsearch9"),
    ],
)
def test_server_major_version_selects_the_backend(version, module):
    environ = {"ELASTICSEARCH_URL": "http://127.0.0.1:9200"}
    if version:
        environ["ELASTICSEARCH_VERSION"] = version
    backend = search_backends(environ)["default"]
    assert backend["BACKEND"] == module
    assert backend["URLS"] == ["http://127.0.0.1:9200"]
    assert backend["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]["type"] == "swedish"


def test_the_nodes_of_a_cluster_are_all_given_to_the_client():
    from wagtail.search.backends import get_search_backend

    environ = {
        "ELASTICSEARCH_URL": "http://es1:9200, http://es2:9200,http://es3:9200",
        "ELASTICSEARCH_VERSION": "7",
    }
    params = dict(search_backends(environ)["default"])
    backend = get_search_backend(params.pop("BACKEND"), **params)
    assert [host["host"] for host in backend.es.transport.hosts] == ["es1", "es2", "es3"]


@pytest.mark.parametrize("version", ["6", "10", "latest", "opensearch"])
def test_unknown_server_version_is_refused_with_a_clear_message(version):
    with pytest.raises(ImproperlyConfigured, match="ELASTICSEARCH_VERSION"):
        search_backends({"ELASTICSEARCH_URL": "http://x", "ELASTICSEARCH_VERSION": version})


@pytest.mark.parametrize(
    ("major", "installed", "ok"),
    [
        ("7", "7.13.4", True),
        ("8", "8.15.1", True),
        ("9", "9.1.0", True),
        ("8", "7.13.4", False),
        ("9", None, False),
    ],
)
def test_client_must_match_the_server_major_version(major, installed, ok):
    module = f"wagtail.search.backends.elasticsearch{major}"
    problem = client_mismatch(module, installed)
    assert (problem is None) == ok
    if not ok:
        assert "elasticsearch>=" in problem


def test_the_backend_modules_exist_in_wagtail():
    import importlib

    for major in ("7", "8", "9"):
        assert importlib.util.find_spec(f"wagtail.search.backends.elasticsearch{major}") is not None
