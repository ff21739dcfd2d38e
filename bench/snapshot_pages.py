"""Save the HTML of every guide, routine and term page (all languages) to a folder, to check that a speed
change leaves the output byte for byte the same: ``python bench/snapshot_pages.py DIR``, once before and once
after the change, then ``diff -r BEFORE AFTER``. Same settings and database as bench/profile_page.py (page
cache off, the test database kept by pytest). Changes nothing in the database.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(folder):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    os.environ.setdefault("SECRET_KEY", "snapshot-only-not-secret")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'test_db.sqlite3'}")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost")
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    os.environ.setdefault("TASKS_BACKEND", "immediate")
    import django

    django.setup()
    from django.test import Client

    from glossary.models import GlossaryTermPage
    from methods.models import ExampleRoutinePage, MethodGuidePage

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    client = Client()
    count = 0
    for model in (MethodGuidePage, ExampleRoutinePage, GlossaryTermPage):
        for page in model.objects.live().order_by("path"):
            url = page.url
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            (out / (url.strip("/").replace("/", "__") + ".html")).write_bytes(response.content)
            count += 1
    print(f"{count} pages saved in {out}")


if __name__ == "__main__":
    main(sys.argv[1])
