"""Where the time of one uncached page goes: ``python bench/profile_page.py [path] [times] [warm]``.

Renders the page ``times`` times (default 30) with Django's test client and the test settings (no collected
static files needed), page cache off (the other caches on, as in `make bench-pages`' cold runs), under
cProfile, and prints the functions that take the most time, with and without what they call. Reads the
database named by DATABASE_URL (default: the test database that pytest keeps, test_db.sqlite3, which holds
the starter content after one test run). Changes nothing.
With ``warm``, the page cache is on and what is profiled is a page served from it.
"""

import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(path, times, warm=False):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    os.environ.setdefault("SECRET_KEY", "profile-only-not-secret")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'test_db.sqlite3'}")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost")
    os.environ["PAGE_CACHE_SECONDS"] = "600" if warm else "0"
    os.environ.setdefault("TASKS_BACKEND", "immediate")
    import django

    django.setup()
    from django.test import Client

    client = Client()
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    started = time.perf_counter()
    for _ in range(5):
        client.get(path)
    per_page = (time.perf_counter() - started) / 5
    print(f"{path}: {len(response.content) // 1024} KB, {per_page * 1000:.1f} ms a page without the profiler")
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(times):
        client.get(path)
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "/sv/metodhandledningar/styrning-och-kvalitetspolicy/",
        int(sys.argv[2]) if len(sys.argv) > 2 else 30,
        warm=sys.argv[3:] == ["warm"],
    )
