"""Migrations run on a database that holds content, not only on the empty one a test run starts from: in a
copy of the site (the starter content, a draft, a document with its file, a submission), each app's newest
migration is unapplied and applied again, and the site is the same afterwards. A migration added to an
app later is the newest one, so it is tested here against real content; `make test-postgres` runs this
on PostgreSQL, the main run on SQLite."""

import sys
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from tests.operations.appserver import manage, shared_database_env
from tests.operations.test_backup import MAKE_CONTENT, empty_database, snapshot


def newest_migrations():
    """(app label, newest migration, the one before it) for the project's own apps that have more than one."""
    graph = MigrationLoader(connection, ignore_no_migrations=True).graph
    root = Path(settings.BASE_DIR).resolve()
    found = []
    for app_label, name in sorted(graph.leaf_nodes()):
        module = Path(sys.modules[graph.nodes[(app_label, name)].__module__].__file__).resolve()
        if root not in module.parents or ".venv" in module.parts:
            continue
        node = graph.node_map[(app_label, name)]
        previous = sorted(parent.key[1] for parent in node.parents if parent.key[0] == app_label)
        if previous:
            found.append((app_label, name, previous[0]))
    return found


def test_the_newest_migrations_run_on_a_database_holding_content(starter_content, tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "MEDIA_ROOT": str(tmp_path / "media"),
        **shared_database_env(tmp_path),
    }
    # A copy of the site with content of every kind, through a backup (a database of its own to migrate).
    copy = {**env, "DATABASE_URL": empty_database(env, tmp_path), "MEDIA_ROOT": str(tmp_path / "media2")}
    manage(env, "shell", "-c", MAKE_CONTENT)
    archive = manage(env, "backup_site", "--folder", str(tmp_path / "backups")).strip().splitlines()[-1]
    manage(copy, "restore_site", archive)
    before = snapshot(copy)

    newest = newest_migrations()
    assert "site_search" in {app_label for app_label, _name, _previous in newest}
    for app_label, _name, previous in newest:
        manage(copy, "migrate", app_label, previous, "--noinput")
    manage(copy, "migrate", "--noinput")
    manage(copy, "migrate", "--check")  # nothing left unapplied

    assert snapshot(copy) == before
