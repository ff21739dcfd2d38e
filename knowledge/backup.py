"""Backing the site up and restoring it: the database (PostgreSQL through pg_dump/pg_restore, SQLite through
its online backup API) and the media folder, in one dated .tar.gz.

A restore goes into an empty database only (a fresh PostgreSQL database or a new SQLite file), so that it
can never overwrite a live site by mistake.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _pg_tool(name):
    path = PG_BIN / name
    return str(path) if path.exists() else shutil.which(name) or name


def _pg_env():
    """The connection for pg_dump and pg_restore, in libpq's environment variables: a password there is not
    shown to the machine's other users (a command line is, in ``ps``), and needs no quoting for a URL."""
    params = connection.settings_dict
    values = {
        "PGHOST": params.get("HOST") or "localhost",
        "PGPORT": str(params.get("PORT") or ""),
        "PGUSER": params.get("USER") or "",
        "PGPASSWORD": params.get("PASSWORD") or "",
        "PGDATABASE": params["NAME"],
    }
    return {**os.environ, **{name: value for name, value in values.items() if value}}


def _sqlite_copy(source, target):
    """A consistent copy of a SQLite database, even while it is being written to."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def backup(folder):
    """Write kvalitetsnavet-<date>.tar.gz into ``folder`` and return its path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    archive = folder / f"kvalitetsnavet-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        if connection.vendor == "postgresql":
            database = work / "database.pgdump"
            subprocess.run([_pg_tool("pg_dump"), "-Fc", "-f", database], env=_pg_env(), check=True)
        elif connection.vendor == "sqlite":
            database = work / "database.sqlite3"
            with (
                sqlite3.connect(connection.settings_dict["NAME"]) as source,
                sqlite3.connect(database) as target,
            ):
                source.backup(target)
        else:
            raise ValueError(f"backup: {connection.vendor} databases are not supported")
        manifest = {"created": stamp, "database": database.name, "vendor": connection.vendor}
        (work / "manifest.json").write_text(json.dumps(manifest))
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(work / "manifest.json", arcname="manifest.json")
            tar.add(database, arcname=database.name)
            media = Path(settings.MEDIA_ROOT)
            if media.exists():
                tar.add(media, arcname="media")
    return archive


class NotEmpty(Exception):
    pass


def _database_is_empty():
    return not connection.introspection.table_names()


def restore(archive):
    """Restore ``archive`` into the (empty) configured database and the media folder."""
    if not _database_is_empty():
        raise NotEmpty("the database already has tables: restore only into an empty database")
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")
        manifest = json.loads((work / "manifest.json").read_text())
        if manifest["vendor"] != connection.vendor:
            raise ValueError(f"the backup is of a {manifest['vendor']} database, not {connection.vendor}")
        database = work / manifest["database"]
        if connection.vendor == "postgresql":
            env = _pg_env()
            command = [_pg_tool("pg_restore"), "--no-owner", "--exit-on-error", "-d", env["PGDATABASE"]]
            subprocess.run([*command, database], env=env, check=True)
        else:
            connection.close()
            with (
                sqlite3.connect(database) as source,
                sqlite3.connect(connection.settings_dict["NAME"]) as target,
            ):
                source.backup(target)
        if (work / "media").exists():
            shutil.copytree(work / "media", settings.MEDIA_ROOT, dirs_exist_ok=True)
    # The cache (Redis, or production's cache folder) still holds pages and values of the site as it was
    # before, under generations the restored database knows nothing of: they must not be served for it.
    cache.clear()
    return manifest
