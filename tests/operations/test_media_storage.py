"""Production's media storage is chosen with environment variables: the local folder by default,
S3-compatible storage for several app servers (README, "Several machines"), without editing the settings."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOW = (
    "import json; from django.conf import settings; "
    "print(json.dumps([settings.STORAGES['default'], getattr(settings, 'WAGTAILDOCS_SERVE_METHOD', None)]))"
)


def production_settings(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SECRET_KEY", "MEDIA_"))}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY="x" * 50, **extra)
    # The settings alone, without django.setup(): that would build the S3 storage, and django-storages is
    # an extra the test environment does not install.
    code = SHOW
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_media_stay_in_the_local_folder_by_default():
    result = production_settings()
    storage, _ = json.loads(result.stdout)
    assert storage["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_media_go_to_the_bucket_named_in_the_environment_and_documents_through_wagtails_view():
    result = production_settings(
        MEDIA_STORAGE="s3",
        MEDIA_S3_BUCKET="kvn-media",
        MEDIA_S3_ENDPOINT_URL="https://s3.example.net",
        MEDIA_S3_REGION="eu-north-1",
    )
    assert result.returncode == 0, result.stderr
    storage, serve_method = json.loads(result.stdout)
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "kvn-media"
    assert storage["OPTIONS"]["endpoint_url"] == "https://s3.example.net"
    assert storage["OPTIONS"]["region_name"] == "eu-north-1"
    assert storage["OPTIONS"]["file_overwrite"] is False  # an upload never replaces another one's file
    assert serve_method == "serve_view"  # private documents are checked, never handed out by address


def test_s3_without_a_bucket_or_an_unknown_storage_refuses_to_start():
    missing = production_settings(MEDIA_STORAGE="s3")
    assert missing.returncode != 0 and "MEDIA_S3_BUCKET" in missing.stderr
    unknown = production_settings(MEDIA_STORAGE="ftp")
    assert unknown.returncode != 0 and "MEDIA_STORAGE must be filesystem or s3" in unknown.stderr
