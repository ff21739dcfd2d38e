"""`make bench-search`: search relevance, latency and index build time on every backend available here.

For each backend (SQLite; PostgreSQL and Elasticsearch 7.9 when they can be started, see scripts/servers.py)
it builds a fresh database with the starter content, measures (bench/measure.py), generates 10,000 pages
(methods' generate_pages, with indexing on save switched off), times `update_index`, and measures again.
Figures of one run are printed side by side; compare them only with figures from the same run.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts import servers  # noqa: E402

PYTHON = sys.executable
GENERATED_PAGES = int(os.environ.get("BENCH_PAGES", "10000"))
BACKENDS = os.environ.get("BENCH_BACKENDS", "sqlite,postgres,elasticsearch").split(",")


def manage(env, *args, quiet=True):
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def measure(env):
    output = subprocess.run(
        [PYTHON, "bench/measure.py"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def run_backend(name, env):
    print(f"\n== {name}: starter content", flush=True)
    env = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "DEBUG": "0", "SEARCH_AUTO_UPDATE": "0"}
    if not env.get("BENCH_DB_READY"):
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo_content")
    manage(env, "seed_synonyms")
    manage(env, "update_index")
    starter = measure(env)
    print(f"== {name}: generating {GENERATED_PAGES} pages", flush=True)
    manage(env, "generate_pages", "--count", str(GENERATED_PAGES))
    start = time.perf_counter()
    manage(env, "update_index")
    build_seconds = time.perf_counter() - start
    large = measure(env)
    return {"starter": starter, "large": large, "index_seconds": build_seconds}


def table(results):
    rows = [
        ("MRR@10 (starter)", lambda r: f"{r['starter']['mrr']:.3f}"),
        ("recall@3 (starter)", lambda r: f"{r['starter']['recall3']:.3f}"),
        (f"MRR@10 ({GENERATED_PAGES} pages)", lambda r: f"{r['large']['mrr']:.3f}"),
        (f"recall@3 ({GENERATED_PAGES} pages)", lambda r: f"{r['large']['recall3']:.3f}"),
        ("search p50 ms (starter)", lambda r: f"{r['starter']['search']['p50']:.1f}"),
        ("search p95 ms (starter)", lambda r: f"{r['starter']['search']['p95']:.1f}"),
        (f"search p50 ms ({GENERATED_PAGES})", lambda r: f"{r['large']['search']['p50']:.1f}"),
        (f"search p95 ms ({GENERATED_PAGES})", lambda r: f"{r['large']['search']['p95']:.1f}"),
        ("autocomplete p50 ms (starter)", lambda r: f"{r['starter']['autocomplete']['p50']:.1f}"),
        ("autocomplete p95 ms (starter)", lambda r: f"{r['starter']['autocomplete']['p95']:.1f}"),
        (f"autocomplete p50 ms ({GENERATED_PAGES})", lambda r: f"{r['large']['autocomplete']['p50']:.1f}"),
        (f"autocomplete p95 ms ({GENERATED_PAGES})", lambda r: f"{r['large']['autocomplete']['p95']:.1f}"),
        (f"index build s ({GENERATED_PAGES} + starter)", lambda r: f"{r['index_seconds']:.1f}"),
    ]
    names = list(results)
    width = max(len(label) for label, _f in rows) + 2
    print("\n" + "".ljust(width) + "".join(name.rjust(16) for name in names))
    for label, value in rows:
        print(label.ljust(width) + "".join(value(results[name]).rjust(16) for name in names))
    first = next(iter(results.values()))["starter"]
    print(
        f"\nQuery set: {first['queries']} queries (bench/search_queries.yaml); latency over "
        f"{first['search']['n']} requests each, in-process (Django test client, DEBUG off)."
    )
    for name, result in results.items():
        for stage in ("starter", "large"):
            for miss in result[stage]["misses"]:
                print(f"  {name} {stage}: not first: {miss}")


def main():
    folder = Path(tempfile.mkdtemp(prefix="kvn-bench-"))
    results = {}
    base_env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "ELASTICSEARCH_URL")}
    try:
        sqlite_db = folder / "sqlite.sqlite3"
        env = {**base_env, "DATABASE_URL": f"sqlite:///{sqlite_db}"}
        print("== SQLite: migrating and loading the starter content", flush=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo_content")
        shutil.copy(sqlite_db, folder / "es.sqlite3")  # Elasticsearch reuses the loaded database
        if "sqlite" in BACKENDS:
            results["SQLite"] = run_backend("SQLite", {**env, "BENCH_DB_READY": "1"})
        try:
            if "postgres" not in BACKENDS:
                raise SystemExit("not asked for (BENCH_BACKENDS)")
            with servers.postgres() as url:
                results["PostgreSQL"] = run_backend("PostgreSQL", {**base_env, "DATABASE_URL": url})
        except (SystemExit, OSError, subprocess.CalledProcessError) as error:
            print(f"PostgreSQL not measured: {error}")
        try:
            if "elasticsearch" not in BACKENDS:
                raise SystemExit("not asked for (BENCH_BACKENDS)")
            with servers.elasticsearch() as url:
                es_env = {
                    **base_env,
                    "DATABASE_URL": f"sqlite:///{folder / 'es.sqlite3'}",
                    "ELASTICSEARCH_URL": url,
                    "ELASTICSEARCH_VERSION": "7",
                    "ELASTICSEARCH_INDEX_PREFIX": "kvalitetsnavet_bench_",
                    "BENCH_DB_READY": "1",
                }
                results["Elasticsearch 7"] = run_backend("Elasticsearch 7", es_env)
        except (SystemExit, OSError, subprocess.CalledProcessError) as error:
            print(f"Elasticsearch not measured: {error}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    table(results)


if __name__ == "__main__":
    main()
