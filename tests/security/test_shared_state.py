"""Several app servers behave as one: the form's rate limit (in Django's cache, Redis in production) and the
login lockout (in the database) count across processes. Each "app server" here is a process of its own with
the production settings; a real Redis server is started for the run."""

import json
import socket

import pytest

from scripts import servers

from .production import copy_test_database, production_env, run

pytestmark = pytest.mark.django_db

APP_SERVER = """
import json, sys
import django
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

client = Client(HTTP_HOST="kvalitetsnavet.example", HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR="203.0.113.7")
what, times = sys.argv[1], int(sys.argv[2])
statuses = []
for _ in range(times):
    if what == "upload":  # a program disguised as a PDF: refused, and counted
        program = SimpleUploadedFile("rutin.pdf", b"MZ" + bytes(500), "application/pdf")
        response = client.post("/sv/dela-en-rutin/", {"title": "Rutin", "attachment_1": program})
    else:
        response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    statuses.append(response.status_code)
print(json.dumps(statuses))
"""
EDITOR = """
import django
django.setup()
from django.contrib.auth import get_user_model
get_user_model().objects.create_user("editor", "editor@kvalitetsnavet.example", "right-password")
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def app_server(env, what, times):
    result = run(env, "-c", code=APP_SERVER.replace("sys.argv[1], int(sys.argv[2])", f"{what!r}, {times}"))
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def env(tmp_path, content):
    return production_env(
        tmp_path, copy_test_database(tmp_path), SHARE_ROUTINE_RATE_LIMIT="2", LOGIN_FAILURE_LIMIT="2"
    )


def test_rate_limit_counts_across_app_servers_through_redis(env):
    with servers.redis(port=free_port()) as url:
        shared = {**env, "REDIS_URL": url}
        assert app_server(shared, "upload", 2) == [400, 400]  # first app server
        assert app_server(shared, "upload", 1) == [429]  # second one: the count is shared
    # Without Redis the processes of one machine share the count through the cache folder.
    assert app_server(env, "upload", 2) == [400, 400]
    assert app_server(env, "upload", 1) == [429]


def test_login_lockout_holds_across_app_servers(env):
    assert run(env, code=EDITOR).returncode == 0
    assert app_server(env, "login", 2) == [200, 429]
    assert app_server(env, "login", 1) == [429]  # another process, the same database
