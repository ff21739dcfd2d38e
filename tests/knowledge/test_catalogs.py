"""Every interface string has an English translation that Django will actually use."""

import subprocess
from pathlib import Path

CATALOG = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES" / "django.po"


def test_english_catalog_has_no_untranslated_or_fuzzy_entries():
    # msgattrib prints nothing but the header when every entry is translated and none is fuzzy.
    for flag in ("--untranslated", "--only-fuzzy"):
        out = subprocess.run(
            ["msgattrib", flag, "--no-obsolete", str(CATALOG)], capture_output=True, text=True, check=True
        ).stdout
        entries = [line for line in out.splitlines() if line.startswith("msgid ") and line != 'msgid ""']
        assert entries == [], f"{flag}: {entries}"
