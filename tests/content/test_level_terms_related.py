"""A guide or routine that speaks of the self-assessment's levels links them to their definitions, which it
can only do when it relates the glossary terms grundniva and utvecklad-niva (a routine through one of the
guides it implements): a new text that mentions them without the relation fails here."""

import glob

import yaml

from glossary.term_links import headword_pattern

LEVELS = {"grundniva": ("grundnivå", "basic level"), "utvecklad-niva": ("utvecklad nivå", "developed level")}


def files(kind):
    return {
        path: yaml.safe_load(open(path, encoding="utf-8"))
        for path in sorted(glob.glob(f"content/{kind}/*.yaml"))
    }


def mentions(data, words):
    text = yaml.safe_dump(data, allow_unicode=True)
    return any(headword_pattern(word).search(text) for word in words)


def test_texts_that_mention_a_level_relate_its_definition():
    guides = files("guides")
    related = {data["slug"]["sv"]: set(data.get("related_terms") or []) for data in guides.values()}
    routines = files("routines")
    checked = 0
    for path, data in [*guides.items(), *routines.items()]:
        terms = set(data.get("related_terms") or [])
        for guide in data.get("guides") or []:
            terms |= related.get(guide, set())
        for slug, words in LEVELS.items():
            if mentions({k: v for k, v in data.items() if k not in ("related_terms", "guides")}, words):
                checked += 1
                assert slug in terms, f"{path} mentions {words[0]} but does not relate the term {slug}"
    assert checked >= 4  # the internal-audit guide and the self-monitoring routine, both levels
