"""Run code in a separate process with the production settings, against a copy of the test database.

The settings are config.settings.production with one change: static files are served from the source folders
(plain StaticFilesStorage), so the tests need no collectstatic run. Everything else (middleware, headers,
CSP, HTTPS handling, lockout) is production's own.
"""

import json
import os
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)
SETTINGS_MODULE = "production_under_test"
SETTINGS = """
from config.settings.production import *  # noqa

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
"""
HOST = "kvalitetsnavet.example"


def production_env(folder, database, **extra):
    """Environment for a process with production settings and the database file ``database``."""
    (folder / f"{SETTINGS_MODULE}.py").write_text(SETTINGS)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "SECRET"))}
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        PYTHONPATH=os.pathsep.join([str(folder), str(ROOT)]),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=f"sqlite:///{database}",
        MEDIA_ROOT=str(folder / "media"),
        CACHE_FOLDER=str(folder / "cache"),
        SECURITY_CONTACT="mailto:security@kvalitetsnavet.example",
        **extra,
    )
    env.pop("REDIS_URL", None)
    env.pop("ELASTICSEARCH_URL", None)
    return env


def copy_test_database(folder):
    """A copy of the (SQLite) test database with the starter content, which the copy's users can change."""
    assert connection.vendor == "sqlite", "these tests copy the SQLite test database"
    target = folder / "production.sqlite3"
    # Through SQLite's backup API on a connection of its own: the committed content, never a test's
    # uncommitted changes.
    with sqlite3.connect(connection.settings_dict["NAME"]) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def run(env, *args, code=None, timeout=120):
    command = [sys.executable, "-c", code] if code is not None else [sys.executable, "manage.py", *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


FETCH = """
import json, sys
import django
django.setup()
from django.test import Client

client = Client(HTTP_HOST={host!r})
results = []
for path, headers in json.loads(sys.argv[1]):
    response = client.get(path, **headers)
    results.append({{"status": response.status_code, "headers": dict(response.items())}})
print(json.dumps(results))
"""


def fetch(env, requests):
    """GET each (path, extra WSGI headers) in a production process; returns [{status, headers}]."""
    result = subprocess.run(
        [sys.executable, "-c", FETCH.format(host=HOST), json.dumps(requests)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])
