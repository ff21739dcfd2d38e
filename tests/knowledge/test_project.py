"""Project-level guarantees: migrations match the models, production refuses to start without a key."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def test_migrations_match_models(db):
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def run_with_settings(module, extra_env):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE"}}
    env.update(DJANGO_SETTINGS_MODULE=module, **extra_env)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_with_settings("config.settings.production", {})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_starts_with_secret_key():
    result = run_with_settings("config.settings.production", {"SECRET_KEY": "x" * 50})
    assert result.returncode == 0, result.stderr


def test_adding_a_right_to_left_language_is_configuration():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "from django.utils.translation import get_language_info as i; "
        "print(settings.WAGTAIL_CONTENT_LANGUAGES[-1][0], i('ar')['bidi'])"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "LANGUAGES": "sv,en,ar"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["ar", "True"], result.stderr
