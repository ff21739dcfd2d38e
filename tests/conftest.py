import os
from pathlib import Path

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def starter_content(django_db_setup, django_db_blocker):
    """The real starter content, loaded once per test session (the loader is idempotent, so a reused
    test database is simply checked and left as it is), with the search synonyms seeded from it. With
    Elasticsearch, whose index lives outside the test database, the index is rebuilt once."""
    with django_db_blocker.unblock(), open(os.devnull, "w") as quiet:
        call_command("load_demo_content", stdout=quiet)
        call_command("setup_roles", stdout=quiet)
        call_command("seed_synonyms", stdout=quiet)
        if os.environ.get("ELASTICSEARCH_URL"):
            call_command("update_index", stdout=quiet, stderr=quiet)


@pytest.fixture
def content(starter_content, db):
    """Use in tests that read the starter content; each test still runs in its own transaction."""
    from wagtail.models import Locale

    return {"sv": Locale.objects.get(language_code="sv"), "en": Locale.objects.get(language_code="en")}


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Django's cache (local memory in tests) is not rolled back with a test's transaction: cached taxonomy,
    vocabulary or pages from one test must not leak into the next."""
    from django.core.cache import cache

    cache.clear()
    yield


# Folders whose every test carries a marker (registered in pyproject.toml), so `-m "not ..."` can leave
# the slow groups out: `make test-fast` runs the rest.
FOLDER_MARKERS = {"browser": "browser", "search": "search_backend", "content": "content"}


def pytest_collection_modifyitems(config, items):
    """Mark the slow groups, and give database access to tests that use the starter content.

    pytest-django creates the test database only when a collected test asks for database access. A test
    that only uses the starter content (the browser tests do, through the site they serve) asks too, so
    that running it alone never loads content into, or serves pages from, the development database."""
    tests_dir = Path(__file__).parent
    for item in items:
        folder = Path(item.path).relative_to(tests_dir).parts[0]
        if folder in FOLDER_MARKERS:
            item.add_marker(FOLDER_MARKERS[folder])
        if "starter_content" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.content)
            if not item.get_closest_marker("django_db"):
                item.add_marker(pytest.mark.django_db)
    _deselect_sqlite_only(config, items)


def _deselect_sqlite_only(config, items):
    """Tests of the SQLite search backend are left out (deselected, not skipped) of a run on another
    database, such as `make test-postgres`: the main run on SQLite runs them."""
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return
    other = [item for item in items if item.get_closest_marker("sqlite_only")]
    if other:
        config.hook.pytest_deselected(items=other)
        items[:] = [item for item in items if not item.get_closest_marker("sqlite_only")]
