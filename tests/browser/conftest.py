"""Browser tests: the site served by the test run, driven by Debian's Chromium through Playwright.

Everything the tests need from the database is prepared in the ``site`` fixture, before Playwright starts.
"""

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
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
