"""`make serve-production`: the production stack on this machine, for a real trial.

PostgreSQL (its data kept in .cache/production/, so content survives restarts), Redis, optionally
Elasticsearch (WITH_ELASTICSEARCH=1), gunicorn with production settings (GUNICORN_WORKERS, 2 by default) and
the task worker (`manage.py db_worker`). The first run migrates and loads the starter content. Ports:
KVN_PG_PORT, KVN_REDIS_PORT, KVN_ES_PORT and KVN_HTTP_PORT (8000). Ctrl+C stops everything.
"""

import contextlib
import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path

from servers import elasticsearch, postgres, redis

ROOT = Path(__file__).resolve().parents[1]
STATE = ROOT / ".cache" / "production"
VENV_BIN = Path(sys.executable).parent


def _secret_key():
    path = STATE / "secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def _manage(env, *args, **kwargs):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs)


def _has_content(env):
    probe = _manage(
        env,
        "shell",
        "--no-imports",  # Django 5.2's shell otherwise first says how many objects it imported
        "-c",
        "from knowledge.models import HomePage; print(HomePage.objects.exists())",
        capture_output=True,
        text=True,
    )
    return probe.stdout.strip() == "True"


def _stopped(process):
    """Stop ``process`` and wait for it, before the database and Redis it uses are stopped."""
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _stop(signum, frame):
    raise KeyboardInterrupt  # as Ctrl+C: the servers are stopped on the way out


def main():
    # A service manager (or `timeout`) stops it with SIGTERM: stop the servers too, not only this process.
    signal.signal(signal.SIGTERM, _stop)
    STATE.mkdir(parents=True, exist_ok=True)
    port = int(os.environ.get("KVN_HTTP_PORT", 8000))
    address = f"http://127.0.0.1:{port}/"
    with contextlib.ExitStack() as stack:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or _secret_key(),
            "DATABASE_URL": stack.enter_context(postgres(folder=STATE / "postgres")),
            "DATABASE_CONN_MAX_AGE": "60",
            "REDIS_URL": stack.enter_context(redis()),
            "MEDIA_ROOT": str(STATE / "media"),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": address.rstrip("/"),
            # A trial over plain HTTP on this machine: a real server sits behind TLS (see the README).
            "SECURE_COOKIES": "0",
            "SECURE_SSL_REDIRECT": "0",
        }
        if os.environ.get("WITH_ELASTICSEARCH") == "1":
            env.update(ELASTICSEARCH_URL=stack.enter_context(elasticsearch()), ELASTICSEARCH_VERSION="7")
        _manage(env, "migrate", "--noinput", "-v0")
        _manage(env, "collectstatic", "--noinput", "-v0")
        if not _has_content(env):
            print("First run: loading the starter content into PostgreSQL")
            # Index updates at once, as the loader saves: queued for the worker, thousands of them would wait,
            # and those for rows the loader replaces a moment later would fail.
            loading = {**env, "TASKS_BACKEND": "immediate"}
            for command in ("load_demo_content", "setup_roles", "seed_synonyms"):
                _manage(loading, command, stdout=subprocess.DEVNULL)
            if env.get("ELASTICSEARCH_URL"):
                _manage(env, "update_index", stdout=subprocess.DEVNULL)
        worker = subprocess.Popen([sys.executable, "manage.py", "db_worker"], cwd=ROOT, env=env)
        stack.callback(_stopped, worker)
        workers = os.environ.get("GUNICORN_WORKERS", "2")
        server = subprocess.Popen(
            [VENV_BIN / "gunicorn", "config.wsgi", f"--bind=127.0.0.1:{port}", f"--workers={workers}"],
            cwd=ROOT,
            env=env,
        )
        stack.callback(_stopped, server)
        print(f"Kvalitetsnavet (production settings) on {address}  (Ctrl+C stops it)")
        print("Create an editor account, in another terminal, with:")
        print(f"  DJANGO_SETTINGS_MODULE=config.settings.production DATABASE_URL={env['DATABASE_URL']} \\")
        key = "$(cat .cache/production/secret-key)" if not os.environ.get("SECRET_KEY") else "..."
        print(f'  SECRET_KEY="{key}" .venv/bin/python manage.py createsuperuser')
        try:
            server.wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
