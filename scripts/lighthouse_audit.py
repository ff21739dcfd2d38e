"""`make audit`: Lighthouse scores for the home page, a method guide, the glossary and a search page.

Serves the local database (make setup) with DEBUG off on 127.0.0.1, runs npm's lighthouse@12 in Debian's
Chromium against each page (Lighthouse's default mobile profile, simulated throttling), prints the four
category scores and exits non-zero if one is below its target (1.00; performance 0.95). An audit to read,
not a timed test: scores move a little from run to run and with the machine's load.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
LIGHTHOUSE = BASE_DIR / "node_modules" / ".bin" / "lighthouse"
PORT = int(os.environ.get("AUDIT_PORT", "58000"))
SITE = f"http://127.0.0.1:{PORT}"
PAGES = {
    "home": "/sv/",
    "method guide": "/sv/metodhandledningar/avvikelsehantering/",
    "glossary index": "/sv/begrepp/",
    "search": "/sv/sok/?q=avvikelse",
}
TARGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)


def start_server():
    env = {**os.environ, "DEBUG": "0", "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--insecure", "--noreload", f"127.0.0.1:{PORT}"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(SITE + "/sv/", timeout=2)
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"the site did not start on {SITE}")


def audit(url):
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            f"--chrome-flags={CHROME_FLAGS}",
            "--only-categories=" + ",".join(TARGETS),
        ],
        env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
        capture_output=True,
        text=True,
        check=True,
    )
    categories = json.loads(result.stdout)["categories"]
    return {name: categories[name]["score"] for name in TARGETS}


def main():
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: run `make npm-deps`")
    server = start_server()
    failures = []
    try:
        print(f"{'page':<16}" + "".join(f"{name:>16}" for name in TARGETS))  # noqa: T201
        for label, path in PAGES.items():
            scores = audit(SITE + path)
            print(f"{label:<16}" + "".join(f"{scores[name]:>16.2f}" for name in TARGETS))  # noqa: T201
            failures += [
                f"{label}: {name} {scores[name]:.2f} < {TARGETS[name]}"
                for name in TARGETS
                if scores[name] < TARGETS[name]
            ]
    finally:
        server.terminate()
        server.wait()
    print("targets: " + ", ".join(f"{name} >= {target}" for name, target in TARGETS.items()))  # noqa: T201
    if failures:
        raise SystemExit("below target: " + "; ".join(failures))


if __name__ == "__main__":
    main()
