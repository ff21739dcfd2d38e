"""Cleaning what a reader typed into something every search backend accepts."""

import re
import unicodedata

MAX_QUERY_LENGTH = 200

# Control and formatting characters (including NUL, which SQLite and PostgreSQL refuse) are dropped.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Straight double quotes end the quoted terms the SQLite backend builds its FTS5 query from ("unterminated
# string"); the search page offers no phrase syntax, so they carry nothing for the reader.
_QUOTES = re.compile(r'"')


def clean_query(raw):
    """Return ``(query, was_truncated)``: whitespace folded, control characters removed, at most
    MAX_QUERY_LENGTH characters (cut at a word boundary where there is one)."""
    text = unicodedata.normalize("NFC", raw or "")
    text = _CONTROL.sub(" ", text)
    text = _QUOTES.sub(" ", text)
    text = " ".join(text.split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    cut = text[:MAX_QUERY_LENGTH]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut, True
