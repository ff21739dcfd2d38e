"""Serving the site from gunicorn in its own process, for the tests that need real concurrency."""

import contextlib
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
GUNICORN = Path(sys.executable).parent / "gunicorn"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def copy_sqlite_database(source, target):
    """A consistent copy of a SQLite database file (the backup API copies a live database safely)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def get(url, timeout=30):
    """(status, body) of a GET; an HTTP error status is returned, not raised."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@contextlib.contextmanager
def gunicorn(env, workers=2, threads=1):
    """gunicorn serving config.wsgi with ``env`` added to this process's environment; yields its URL."""
    port = free_port()
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    log = open(ROOT / "test-artifacts" / f"gunicorn-{port}.log", "wb")  # closed below
    process = subprocess.Popen(
        [
            GUNICORN,
            "config.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            f"--threads={threads}",
            "--graceful-timeout=20",
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped (exit code {process.returncode}); see {log.name}")
            try:
                get(url + "/sv/", timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        yield url
    finally:
        process.send_signal(signal.SIGTERM)  # graceful: workers finish their requests and run atexit
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def shared_database_env(tmp_path):
    """Environment for app servers that share this test run's database (with its starter content): a copy
    of the SQLite file (a server process cannot see the test's own transaction anyway), or the PostgreSQL
    test database itself."""
    from django.db import connection

    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        database = tmp_path / "site.sqlite3"
        copy_sqlite_database(settings_dict["NAME"], database)
        return {"DATABASE_URL": f"sqlite:///{database}", "SQLITE_TRANSACTION_MODE": "IMMEDIATE"}
    user, host, port = settings_dict["USER"], settings_dict["HOST"], settings_dict["PORT"]
    return {"DATABASE_URL": f"postgres://{user}@{host}:{port}/{settings_dict['NAME']}"}


def production_env(tmp_path):
    """Production settings for a server on this machine over plain HTTP, without a task worker."""
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "test-only-production-settings",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_COOKIES": "0",
        "SECURE_SSL_REDIRECT": "0",
        "TASKS_BACKEND": "immediate",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "CACHE_FOLDER": str(tmp_path / "cache"),  # the cache without REDIS_URL
        "PAGE_CACHE_SECONDS": "600",
    }


def manage(env, *args):
    """Run manage.py with ``env`` added; returns its standard output."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout
