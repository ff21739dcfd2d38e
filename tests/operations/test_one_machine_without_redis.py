"""Production on one machine without Redis (the embedded default: SQLite, gunicorn with several workers):
the processes share one cache, so a page published by one process is served new by every other at once,
although they had it cached (the page itself, and the site structure each keeps in memory)."""

import re

from tests.operations.appserver import get, gunicorn, manage, production_env, shared_database_env

PUBLISH = """
from methods.models import MethodGuidePage
guide = MethodGuidePage.objects.get(pk={pk})
guide.title = "Rubrik publicerad av en annan process"
guide.save_revision().publish()
"""

FIND = """
from methods.models import MethodGuidePage
guide = MethodGuidePage.objects.live().filter(locale__language_code="sv").order_by("path").first()
print("PAGE", guide.pk, guide.url)
"""


def test_a_publish_shows_at_once_in_every_process_without_redis(starter_content, tmp_path):
    env = {
        **production_env(tmp_path),
        **shared_database_env(tmp_path),
        "REDIS_URL": "",  # the default: no Redis, whatever the test run was given
        "CACHE_FOLDER": str(tmp_path / "cache"),
    }
    manage(env, "collectstatic", "--noinput", "-v0")
    page_id, path = re.search(r"^PAGE (\d+) (\S+)$", manage(env, "shell", "-c", FIND), re.MULTILINE).groups()
    index = "/sv/metodhandledningar/"
    with gunicorn(env, workers=1) as one, gunicorn(env, workers=1) as other:
        for site in (one, other):
            for address in (path, index):
                get(site + address)
                assert "Rubrik publicerad av en annan process" not in get(site + address)[1].decode()

        manage(env, "shell", "-c", PUBLISH.format(pk=page_id))

        for site in (one, other):
            for address in (path, index):
                status, body = get(site + address)
                assert status == 200
                assert "Rubrik publicerad av en annan process" in body.decode(), (site, address)
