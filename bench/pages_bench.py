"""`make bench-pages`: requests per second and latency of the site's pages with gunicorn (2 workers,
production settings, PostgreSQL and Redis started by scripts/servers.py), measured with wrk.

1. For a fixed 20 KB Django view (the floor) and each page type: requests per second with 10 clients,
   cold (page cache off) and warm (page cache on), and as a ratio of the floor.
2. 50 clients for BENCH_MIX_SECONDS (60) over a mix of pages: p50/p95 latency and errors, warm, then again
   while an editor publishes a guide over and over.

PostgreSQL keeps its data in .cache/production/ (shared with `make serve-production`); the first run loads
the starter content. Figures are comparable only within one run on one machine.
"""

import contextlib
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts import servers  # noqa: E402

PYTHON = sys.executable
GUNICORN = Path(PYTHON).parent / "gunicorn"
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
MIX_SECONDS = int(os.environ.get("BENCH_MIX_SECONDS", "60"))
PORT = int(os.environ.get("KVN_HTTP_PORT", "8161"))
STATE = ROOT / ".cache" / "production"

FIND_PATHS = """
from glossary.models import GlossaryIndexPage, GlossaryTermPage
from methods.models import ExampleRoutinePage, MethodGuidePage, RoutineIndexPage
def first(model):
    return model.objects.live().filter(locale__language_code="sv").order_by("path").first().url
print("PATHS", first(MethodGuidePage), first(ExampleRoutinePage), first(GlossaryIndexPage),
      first(GlossaryTermPage), first(RoutineIndexPage))
"""


def manage(env, *args, capture=False):
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return result.stdout if capture else None


@contextlib.contextmanager
def gunicorn(env, page_cache_seconds):
    process = subprocess.Popen(
        [GUNICORN, "config.wsgi", f"--bind=127.0.0.1:{PORT}", "--workers=2"],
        cwd=ROOT,
        env={**env, "PAGE_CACHE_SECONDS": str(page_cache_seconds)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{PORT}"
    for _attempt in range(200):
        with contextlib.suppress(OSError):
            urllib.request.urlopen(url + "/bench/floor/", timeout=5).read()
            break
        time.sleep(0.3)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def wrk(url, paths, clients, seconds):
    result = subprocess.run(
        [
            "wrk",
            f"-t{min(clients, 2)}",
            f"-c{clients}",
            f"-d{seconds}s",
            "-s",
            ROOT / "bench" / "mix.lua",
            url,
        ],
        env={**os.environ, "PATHS": " ".join(paths)},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(re.search(r"^JSON (.*)$", result.stdout, re.MULTILINE).group(1))


def warm_up(url, paths):
    for path in paths:
        with contextlib.suppress(OSError):
            urllib.request.urlopen(url + path, timeout=30).read()


def main():
    STATE.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "SECRET_KEY": "bench-only-not-secret",
            "DATABASE_URL": stack.enter_context(servers.postgres(folder=STATE / "postgres")),
            "DATABASE_CONN_MAX_AGE": "60",
            "REDIS_URL": stack.enter_context(servers.redis()),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_COOKIES": "0",
            "SECURE_SSL_REDIRECT": "0",
            "TASKS_BACKEND": "immediate",
            "MEDIA_ROOT": str(STATE / "media"),
        }
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        has_content = manage(
            env,
            "shell",
            "-c",
            "from knowledge.models import HomePage; print(HomePage.objects.exists())",
            capture=True,
        )
        if has_content.strip() != "True":
            print("Loading the starter content into PostgreSQL (first run only)", flush=True)
            for command in ("load_demo_content", "setup_roles", "seed_synonyms"):
                manage(env, command)
        guide, routine, glossary, term, listing = (
            re.search(r"^PATHS (.*)$", manage(env, "shell", "-c", FIND_PATHS, capture=True), re.MULTILINE)
            .group(1)
            .split()
        )
        pages = {
            "floor (20 KB Django view)": "/bench/floor/",
            "home": "/sv/",
            "method guide": guide,
            "routine": routine,
            "glossary index": glossary,
            "glossary term": term,
            "listing with a filter": listing + "?size=1-9",
            "search": "/sv/sok/?q=rutin",
            "autocomplete": "/sv/sok/forslag/?q=arb",
        }
        rates = {}
        for state, seconds in (("cold", 0), ("warm", 600)):
            with gunicorn(env, seconds) as url:
                warm_up(url, pages.values())
                for name, path in pages.items():
                    rates[(name, state)] = wrk(url, [path], 10, SECONDS)
        floor = {state: rates[("floor (20 KB Django view)", state)]["rps"] for state in ("cold", "warm")}
        print(
            f"\nRequests per second, 10 clients, {SECONDS} s each (gunicorn 2 workers, PostgreSQL, Redis)\n"
        )
        print("| page | cold rps | cold / floor | warm rps | warm / floor | errors |")
        print("|---|---|---|---|---|---|")
        for name in pages:
            cold, warm = rates[(name, "cold")], rates[(name, "warm")]
            errors = sum(r["non2xx"] + r["socket_errors"] for r in (cold, warm))
            print(
                f"| {name} | {cold['rps']:.0f} | {cold['rps'] / floor['cold']:.3f} | {warm['rps']:.0f} | "
                f"{warm['rps'] / floor['warm']:.3f} | {errors} |"
            )

        mix = [path for name, path in pages.items() if not name.startswith("floor")]
        print(f"\n50 clients for {MIX_SECONDS} s over {len(mix)} pages (page cache on)\n")
        print("| run | requests | rps | p50 ms | p95 ms | errors |")
        print("|---|---|---|---|---|---|")
        with gunicorn(env, 600) as url:
            warm_up(url, mix)
            runs = [("readers only", wrk(url, mix, 50, MIX_SECONDS))]
            editor = subprocess.Popen(
                [PYTHON, "-m", "tests.operations.publisher", "--seconds", str(MIX_SECONDS)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            runs.append(("with an editor publishing", wrk(url, mix, 50, MIX_SECONDS)))
            _out, editor_errors = editor.communicate(timeout=MIX_SECONDS + 120)
        for name, result in runs:
            errors = result["non2xx"] + result["socket_errors"]
            print(
                f"| {name} | {result['requests']} | {result['rps']:.0f} | {result['p50_ms']:.0f} | "
                f"{result['p95_ms']:.0f} | {errors} |"
            )
        print(f"\nEditor's publishing: {'no failure' if editor.returncode == 0 else editor_errors[-2000:]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
