"""Settings for pytest: fast password hashing, no manifest for static files, tasks run at once."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "ENQUEUE_ON_COMMIT": False,
    }
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SEARCH_LOG_FLUSH_SECONDS = 0  # tests read the query log right after a search
# Tests change content inside transactions that are rolled back; the page cache tests turn it on.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))

# A file, not memory, for SQLite, so pytest --reuse-db keeps the migrated database and starter content
# between runs.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test_db.sqlite3")}  # noqa: F405
    # pytest wraps each test in one transaction; begun IMMEDIATE it would hold the write lock against the
    # threads of a site the test serves. A server a test starts in its own process asks for IMMEDIATE.
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = os.environ.get(  # noqa: F405
        "SQLITE_TRANSACTION_MODE", "DEFERRED"
    )
