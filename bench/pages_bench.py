"""`make bench-pages`: requests per second and latency of the site's pages with gunicorn (2 workers,
production settings, PostgreSQL and Redis started by scripts/servers.py), measured with wrk.

1. For a fixed 20 KB Django view (the floor) and each page type: requests per second with 10 clients,
   cold (page cache off) and warm (page cache on), and as a ratio of the floor.
2. 50 clients for BENCH_MIX_SECONDS (60) over a mix of pages: p50/p95 latency and errors, warm, then again
   while an editor publishes a guide over and over. Errors are broken down: wrk's socket errors by kind (a
   timeout is a response slower than wrk's 2 s), failed responses by status and path (gunicorn's access log)
   and the exceptions in gunicorn's error log.

"Cold" means the page cache is off (PAGE_CACHE_SECONDS=0): every request reads the page itself (its text,
steps, checklist, tags) from the database and renders it. The other caches stay on, as in production, kept
under the page cache's generation in Redis and in each worker's memory (knowledge/local_copy.py): the live
pages' directory (frame, language links, routing), the taxonomy, the sites and locales, the lists of other
pages a page shows (knowledge/part_cache.py); Redis also keeps search's vocabulary and Wagtail's site root
paths; each worker keeps its compiled templates and translations. "Warm" adds the page cache.

BENCH_SECONDS (10) and BENCH_MIX_SECONDS (60) set the durations; BENCH_PAGES names a subset of the page types
(comma-separated, e.g. "home,method guide"; the floor is always measured) and BENCH_MIX=0 skips part 2, for a
side-by-side run in a few minutes. KVN_HTTP_PORT sets gunicorn's port (8161), KVN_PG_PORT and KVN_REDIS_PORT
the servers' (scripts/servers.py).

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
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts import servers  # noqa: E402

PYTHON = sys.executable
GUNICORN = Path(PYTHON).parent / "gunicorn"
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
MIX_SECONDS = int(os.environ.get("BENCH_MIX_SECONDS", "60"))
RUN_MIX = os.environ.get("BENCH_MIX", "1") != "0"
ONLY_PAGES = [name.strip() for name in os.environ.get("BENCH_PAGES", "").split(",") if name.strip()]
PORT = int(os.environ.get("KVN_HTTP_PORT", "8161"))
STATE = ROOT / ".cache" / "production"
LOGS = ROOT / ".cache" / "bench"
FLOOR = "floor (20 KB Django view)"

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
def gunicorn(env, page_cache_seconds, name):
    """gunicorn on PORT; its access log (status, path) and error log go to .cache/bench/<name>-*.log."""
    LOGS.mkdir(parents=True, exist_ok=True)
    access, errors = LOGS / f"{name}-access.log", LOGS / f"{name}-error.log"
    for log in (access, errors):
        log.write_text("")
    process = subprocess.Popen(
        [
            GUNICORN,
            "config.wsgi",
            f"--bind=127.0.0.1:{PORT}",
            "--workers=2",
            f"--access-logfile={access}",
            "--access-logformat=%(s)s %(U)s%(q)s",
            f"--error-logfile={errors}",
        ],
        cwd=ROOT,
        env={**env, "PAGE_CACHE_SECONDS": str(page_cache_seconds)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
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


class LogWindow:
    """The lines a log gains between ``start()`` and ``lines()``."""

    def __init__(self, path):
        self.path = path
        self.offset = 0

    def start(self):
        self.offset = self.path.stat().st_size
        return self

    def lines(self):
        with self.path.open(errors="replace") as log:
            log.seek(self.offset)
            return log.read().splitlines()


EXCEPTION = re.compile(r"^(\w+(?:\.\w+)*(?:Error|Exception|Locked|Timeout)\b.*)$|(WORKER TIMEOUT.*)$")


def error_breakdown(result, access_lines, error_lines):
    """{"socket": {kind: n}, "status": {"500 /sv/...": n}, "exceptions": {line: n}} for one run."""
    socket = {kind: result[kind] for kind in ("connect", "read", "write", "timeout") if result.get(kind)}
    status = Counter(line for line in access_lines if line[:1] in "45")
    exceptions = Counter()
    for line in error_lines:
        match = EXCEPTION.search(line.strip())
        if match:
            exceptions[(match.group(1) or match.group(2))[:160]] += 1
    return {"socket": socket, "status": dict(status), "exceptions": dict(exceptions)}


def print_breakdown(name, breakdown):
    print(f"\nErrors, {name}:")
    if not any(breakdown.values()):
        print("- none")
    for kind, count in breakdown["socket"].items():
        print(
            f"- wrk {kind} errors: {count}" + (" (no answer within wrk's 2 s)" if kind == "timeout" else "")
        )
    for line, count in sorted(breakdown["status"].items(), key=lambda item: -item[1])[:15]:
        print(f"- HTTP {line}: {count}")
    for line, count in sorted(breakdown["exceptions"].items(), key=lambda item: -item[1])[:15]:
        print(f"- gunicorn log: {line}: {count}")


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
        # The last line: Django 5.2's shell first says how many objects it imported.
        if has_content.strip().splitlines()[-1:] != ["True"]:
            print("Loading the starter content into PostgreSQL (first run only)", flush=True)
            for command in ("load_demo_content", "setup_roles", "seed_synonyms"):
                manage(env, command)
        guide, routine, glossary, term, listing = (
            re.search(r"^PATHS (.*)$", manage(env, "shell", "-c", FIND_PATHS, capture=True), re.MULTILINE)
            .group(1)
            .split()
        )
        pages = {
            FLOOR: "/bench/floor/",
            "home": "/sv/",
            "method guide": guide,
            "routine": routine,
            "glossary index": glossary,
            "glossary term": term,
            "listing with a filter": listing + "?size=1-9",
            "search": "/sv/sok/?q=rutin",
            "autocomplete": "/sv/sok/forslag/?q=arb",
        }
        mix = [path for name, path in pages.items() if name != FLOOR]
        if ONLY_PAGES:
            unknown = set(ONLY_PAGES) - set(pages)
            if unknown:
                print(f"BENCH_PAGES: unknown page types {sorted(unknown)}; known: {', '.join(pages)}")
                return 2
            pages = {name: path for name, path in pages.items() if name == FLOOR or name in ONLY_PAGES}
        rates = {}
        for state, seconds in (("cold", 0), ("warm", 600)):
            with gunicorn(env, seconds, state) as url:
                warm_up(url, pages.values())
                for name, path in pages.items():
                    rates[(name, state)] = wrk(url, [path], 10, SECONDS)
        floor = {state: rates[(FLOOR, state)]["rps"] for state in ("cold", "warm")}
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

        if RUN_MIX:
            mixed_load(env, mix)
    return 0


def mixed_load(env, mix):
    print(f"\n50 clients for {MIX_SECONDS} s over {len(mix)} pages (page cache on)\n")
    runs = []
    with gunicorn(env, 600, "mix") as url:
        access, errors = LogWindow(LOGS / "mix-access.log"), LogWindow(LOGS / "mix-error.log")
        warm_up(url, mix)
        access.start(), errors.start()
        result = wrk(url, mix, 50, MIX_SECONDS)
        runs.append(("readers only", result, error_breakdown(result, access.lines(), errors.lines())))
        access.start(), errors.start()
        editor = subprocess.Popen(
            [PYTHON, "-m", "tests.operations.publisher", "--seconds", str(MIX_SECONDS)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        result = wrk(url, mix, 50, MIX_SECONDS)
        editor_out, editor_errors = editor.communicate(timeout=MIX_SECONDS + 120)
        runs.append(
            ("with an editor publishing", result, error_breakdown(result, access.lines(), errors.lines()))
        )
    print("| run | requests | rps | p50 ms | p95 ms | max ms | errors |")
    print("|---|---|---|---|---|---|---|")
    for name, result, _breakdown in runs:
        errors = result["non2xx"] + result["socket_errors"]
        print(
            f"| {name} | {result['requests']} | {result['rps']:.0f} | {result['p50_ms']:.0f} | "
            f"{result['p95_ms']:.0f} | {result['max_ms']:.0f} | {errors} |"
        )
    for name, _result, breakdown in runs:
        print_breakdown(name, breakdown)
    outcome = "no failure" if editor.returncode == 0 else editor_errors[-2000:]
    print(f"\nEditor's publishing: {editor_out.strip()}; {outcome}")


if __name__ == "__main__":
    sys.exit(main())
