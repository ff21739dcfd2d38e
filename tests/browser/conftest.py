"""Browser tests: the site served by the test run, driven by Debian's Chromium through Playwright.

Everything the tests need from the database is prepared in the ``site`` fixture, before Playwright starts.
"""

import os
import shutil
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import override_settings
from pytest_django.live_server_helper import LiveServer

from .site_pages import add_arabic, page_urls, remove_arabic

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Screenshots and the saved HTML, for a person to look at (git-ignored).
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


@dataclass
class SiteUnderTest:
    url: str
    paths: dict

    def __call__(self, language, page_type):
        return self.url + self.paths[language][page_type]


def row_counts():
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        counts = {}
        for table in tables:
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
    return counts


@contextmanager
def database_put_back():
    """Afterwards, the test database exactly as it was before.

    The served site commits what the browser does (the Arabic pages and their revisions, saved
    self-assessments, shared routines, search logs, sessions) outside any test's transaction; later tests
    must not see it. SQLite's backup API copies the whole database into memory and back. The tables whose
    row counts changed are written to test-artifacts/rows-left-by-browser-tests.txt, and the counts are
    checked again after the copy is restored."""
    if connection.vendor != "sqlite":
        raise RuntimeError("the browser tests put the database back with SQLite's backup API only")
    connection.ensure_connection()
    before = row_counts()
    snapshot = sqlite3.connect(":memory:")
    connection.connection.backup(snapshot)
    try:
        yield
    finally:
        changed = {table: count - before.get(table, 0) for table, count in row_counts().items()}
        changed = {table: difference for table, difference in changed.items() if difference}
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "rows-left-by-browser-tests.txt").write_text(
            "".join(f"{table}\t{difference:+d}\n" for table, difference in sorted(changed.items())),
            encoding="utf-8",
        )
        snapshot.backup(connection.connection)
        snapshot.close()
        left = {table: count for table, count in row_counts().items() if count != before.get(table)}
        assert not left, f"rows left behind after putting the database back: {left}"


@pytest.fixture(scope="package")
def site(starter_content, django_db_blocker):
    """The site with Swedish, English and Arabic pages, served on 127.0.0.1 with its static files.

    Not pytest-django's ``live_server`` fixture: that one flushes the database after each test, which would
    take the starter content away from every test that runs later."""
    languages = [*settings.LANGUAGES, ("ar", "العربيّة")]
    # The server thread reads the database for as long as it runs.
    with (
        override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages),
        django_db_blocker.unblock(),
        database_put_back(),
    ):
        add_arabic()
        paths = page_urls()
        server = LiveServer("127.0.0.1:0")
        try:
            yield SiteUnderTest(url=server.url, paths=paths)
        finally:
            server.stop()
            remove_arabic()


@pytest.fixture(scope="package")
def browser(site):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API keeps an asyncio event loop in this thread, so Django's async-safety
    # check would refuse pytest-django's per-test transaction (the django_db mark every test using the
    # starter content gets). Pages are read by the server's own thread; this thread does no concurrent
    # database work, so the check is a false alarm here. Set only while the browser runs.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    finally:
        playwright.stop()
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def open_page(browser):
    """open_page(width) -> a fresh page (own storage) with a viewport of that width."""
    contexts = []

    def make(width=1280, height=900, **options):
        context = browser.new_context(viewport={"width": width, "height": height}, **options)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="package")
def artifacts():
    for name in ("screenshots", "html"):
        shutil.rmtree(ARTIFACTS / name, ignore_errors=True)
        (ARTIFACTS / name).mkdir(parents=True)
    return ARTIFACTS
