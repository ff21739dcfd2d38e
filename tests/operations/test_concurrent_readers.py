"""Readers never get an error because of bookkeeping: concurrent searches on the embedded SQLite database,
with an editor publishing at the same time, all answer 200, and every search is still counted."""

import os
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

from django.db import connection

from tests.operations.appserver import copy_sqlite_database, get, gunicorn

QUERIES = ["rutin", "arbetsmiljö", "avvikelse", "ASF", "handledning", "zzyzx", "klagomål", "samverkan"]
CLIENTS = 8
ROUNDS = 8  # searches per query, at least


def test_concurrent_searches_all_answer_200_while_an_editor_publishes(starter_content, tmp_path):
    database = tmp_path / "site.sqlite3"
    copy_sqlite_database(connection.settings_dict["NAME"], database)
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "SQLITE_TRANSACTION_MODE": "IMMEDIATE",  # what every other settings module uses
        "SEARCH_LOG_FLUSH_SECONDS": "0",  # the worst case: every search writes its count at once
    }
    counted_before = searches_counted(database)
    urls = [f"/sv/sok/?{urlencode({'q': query})}" for query in QUERIES]
    statuses = []
    with gunicorn(env, workers=2) as site:
        editor = subprocess.Popen(
            [sys.executable, "-m", "tests.operations.publisher", "12"],
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # Searching goes on until the editor has finished, so every publish happens among the searches.
        deadline = time.monotonic() + 180
        with ThreadPoolExecutor(CLIENTS) as pool:
            while editor.poll() is None or len(statuses) < len(urls) * ROUNDS:
                assert time.monotonic() < deadline, "the editor did not finish"
                statuses += pool.map(lambda path: get(site + path)[0], urls)
        _out, editor_errors = editor.communicate(timeout=10)

    assert statuses == [200] * len(statuses)
    assert editor.returncode == 0, editor_errors.decode()[-2000:]
    assert searches_counted(database) - counted_before == len(statuses)


def searches_counted(database):
    with sqlite3.connect(database) as db:
        return db.execute("SELECT COALESCE(SUM(searches), 0) FROM site_search_searchquerylog").fetchone()[0]
