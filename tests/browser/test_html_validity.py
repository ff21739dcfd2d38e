"""The Nu Html Checker (vnu.jar from npm's vnu-jar) finds no errors in any page type, in any language.

The HTML is what the server sends; it is kept in test-artifacts/html/ for a person to look at."""

import json
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from .site_pages import LANGUAGES, PAGE_TYPES

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def fetch(url):
    try:
        with urllib.request.urlopen(url) as response:
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page is checked too
        return error.read()


def test_nu_html_checker_finds_no_errors(site, artifacts):
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR} is missing: `make test` installs it with npm ci")
    files = []
    for language in LANGUAGES:
        for page_type in PAGE_TYPES:
            path = artifacts / "html" / f"{language}-{page_type}.html"
            path.write_bytes(fetch(site(language, page_type)))
            files.append(str(path))
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [m for m in messages if m["type"] == "error" or m.get("subType") == "fatal"]
    assert len(files) == len(LANGUAGES) * len(PAGE_TYPES)
    assert errors == [], "\n".join(
        f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in errors
    )
