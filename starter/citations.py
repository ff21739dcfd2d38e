"""Find the legal sources a text cites by number, and the register slug each number has.

A citation is recognised by its official number: ``(2008:567)`` or ``SFS 2008:567`` (Svensk
författningssamling), ``AFS 2023:2`` (Arbetsmiljöverket), ``SOSFS 2011:9`` and ``HSLF-FS 2016:40``
(Socialstyrelsen and others), ``(EU) 2016/679`` (EU acts). Standards such as ISO 9001:2015 are not law and do
not match (their "year" is not a year).
"""

import re

# Prefixed collections first: "AFS 2023:1" must not also count as SFS 2023:1.
PREFIXED = re.compile(r"\b(AFS|SOSFS|HSLF-FS)\s?((?:19|20)\d{2}):(\d{1,4})\b")
# A bare number is an SFS number: "lag (2000:625)", "SFS 1977:1160", "förordning 2017:462".
SFS = re.compile(r"(?<![\w:/.-])((?:18|19|20)\d{2}):(\d{1,4})(?![\d:/])")
# Inquiry reports and memoranda share the number format but are not law: skipped.
NOT_LAW = re.compile(r"\b(?:SOU|Ds|Dir\.|dir\.)\s?(?:19|20)\d{2}:\d{1,4}\b")
EU = re.compile(r"\((EU|EG|EEG)\)\s?(?:nr\s)?(\d{4})/(\d{1,4})\b")


def slug_for_number(number):
    """The register slug of an official number: "SFS 1977:1160" → "sfs-1977-1160",
    "(EU) 2016/679" → "eu-2016-679", "HSLF-FS 2016:40" → "hslf-fs-2016-40"."""
    return "-".join(re.findall(r"[a-z0-9]+", number.lower().replace("hslf-fs", "hslf fs")))


def cited_slugs(text):
    """The register slugs of every legal source ``text`` cites by number."""
    found = set()
    rest = text = NOT_LAW.sub(" ", text)
    for match in PREFIXED.finditer(text):
        found.add(slug_for_number(f"{match[1]} {match[2]}:{match[3]}"))
    rest = PREFIXED.sub(" ", rest)
    for match in EU.finditer(rest):
        found.add(f"eu-{match[2]}-{match[3]}")
    rest = EU.sub(" ", rest)
    for match in SFS.finditer(rest):
        found.add(f"sfs-{match[1]}-{match[2]}")
    return found


def texts_in(value):
    """Every string inside a YAML value (nested mappings and lists), for scanning a whole file."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if not str(key).startswith("_"):
                yield from texts_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts_in(item)
