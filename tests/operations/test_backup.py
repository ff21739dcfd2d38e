"""A backup restored into a fresh, empty database gives back the same site: pages, revisions, translations,
documents (with their files) and submissions. Runs on SQLite in the main test run and on PostgreSQL in
`make test-postgres`."""

import json
import os
import subprocess
import sys
import uuid

from tests.operations.appserver import manage, production_env, shared_database_env

MAKE_CONTENT = """
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale
from contributions.models import RoutineSubmission
from knowledge.models import Region
from methods.models import MethodGuidePage
pdf = ContentFile(b"%PDF-1.4 test", name="bilaga.pdf")
get_document_model().objects.create(title="Säkerhetskopierad bilaga", file=pdf)
RoutineSubmission.objects.create(region=Region.objects.first(), locale=Locale.objects.get(language_code="sv"),
    organisation_name="Föreningen Test", publish_organisation_name=True, contact_email="test@example.org",
    consent_text="Samtycke")
guide = MethodGuidePage.objects.live().filter(locale__language_code="sv").first()
guide.title = guide.title + " (utkast)"
guide.save_revision()
"""

SNAPSHOT = """
import hashlib, json
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation
from contributions.models import RoutineSubmission
print("SNAPSHOT", json.dumps({
    "pages": sorted(Page.objects.values_list("id", "path", "title", "url_path", "locale__language_code",
                                             "translation_key", "live", "latest_revision_id")),
    "revisions": sorted((r.id, r.object_id, r.created_at.isoformat(), hashlib.sha1(json.dumps(r.content,
                         sort_keys=True, default=str).encode()).hexdigest()) for r in Revision.objects.all()),
    "translations": sorted(Translation.objects.values_list(
        "source__object_id", "target_locale__language_code", "enabled")),
    "documents": sorted((d.title, d.file.name, hashlib.sha1(d.file.read()).hexdigest())
                        for d in get_document_model().objects.all()),
    "submissions": sorted(RoutineSubmission.objects.values_list("organisation_name", "contact_email",
                                                                "submitted_at")),
}, default=str))
"""


def snapshot(env):
    output = manage(env, "shell", "-c", SNAPSHOT)
    return json.loads(next(line[9:] for line in output.splitlines() if line.startswith("SNAPSHOT ")))


def empty_database(env, tmp_path):
    if env["DATABASE_URL"].startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    name = f"restored_{uuid.uuid4().hex[:8]}"
    manage(
        env,
        "shell",
        "-c",
        f"from django.db import connection; connection.cursor().execute('CREATE DATABASE {name}')",
    )
    return env["DATABASE_URL"].rsplit("/", 1)[0] + "/" + name


def test_a_backup_restores_the_same_site_into_an_empty_database(starter_content, tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "MEDIA_ROOT": str(tmp_path / "media"),
        **shared_database_env(tmp_path),
    }
    manage(env, "shell", "-c", MAKE_CONTENT)
    before = snapshot(env)
    archive = manage(env, "backup_site", "--folder", str(tmp_path / "backups")).strip().splitlines()[-1]
    assert archive.endswith(".tar.gz") and "kvalitetsnavet-" in archive

    restored = {**env, "DATABASE_URL": empty_database(env, tmp_path), "MEDIA_ROOT": str(tmp_path / "media2")}
    manage(restored, "restore_site", archive)
    after = snapshot(restored)
    assert after == before
    assert any(doc[0] == "Säkerhetskopierad bilaga" for doc in after["documents"])
    assert after["translations"] and after["submissions"] and after["revisions"]


def test_a_restore_refuses_a_database_that_is_not_empty(starter_content, tmp_path):
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.test", **shared_database_env(tmp_path)}
    archive = manage(env, "backup_site", "--folder", str(tmp_path / "backups")).strip().splitlines()[-1]
    result = subprocess.run(
        [sys.executable, "manage.py", "restore_site", archive],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "empty database" in result.stderr


def test_a_restore_empties_the_cache_of_the_site_before(starter_content, tmp_path):
    # Production without Redis: the cache folder the app servers share. What it held (pages, the site's
    # structure) describes the site before the restore and must not be served for the restored one.
    env = {**production_env(tmp_path), **shared_database_env(tmp_path)}
    archive = manage(env, "backup_site", "--folder", str(tmp_path / "backups")).strip().splitlines()[-1]
    restored = {**env, "DATABASE_URL": empty_database(env, tmp_path), "MEDIA_ROOT": str(tmp_path / "media2")}
    manage(
        restored, "shell", "-c", "from django.core.cache import cache; cache.set('kvn-page:sv:old', 1, None)"
    )
    manage(restored, "restore_site", archive)
    held = manage(
        restored, "shell", "-c", "from django.core.cache import cache; print(cache.get('kvn-page:sv:old'))"
    )
    assert held.strip().splitlines()[-1] == "None"
