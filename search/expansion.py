"""From what a reader typed to the query every backend runs.

The words are taken out of the text (so quotes, operators, brackets, SQL or Lucene syntax are only words or
nothing), stop words dropped, and each remaining word or known phrase becomes a slot that any of its
alternatives may fill: its synonyms and abbreviations, and known compounds that begin with it. The backend
then matches each alternative with its own analysis (stemming). Slots are combined with AND; when that finds
nothing, the view tries OR, then corrects typos against the known words.
"""

import difflib
from dataclasses import dataclass

from wagtail.search.query import And, Or, PlainText

from .analysis import STOP_WORDS, words

MAX_PHRASE_WORDS = 5
MAX_SLOTS = 12  # a 1,000-character query is cut to its first words rather than becoming a huge query


@dataclass
class Slot:
    text: str  # the words as typed
    alternatives: list  # other words or phrases that mean the same (or extend it, for compounds)
    term_page_id: int | None = None


def slots_for(text, vocabulary):
    tokens = words(text)
    language = vocabulary.language
    stop = STOP_WORDS.get(language.split("-")[0], set())
    slots = []
    position = 0
    while position < len(tokens) and len(slots) < MAX_SLOTS:
        matched = None
        for length in range(min(MAX_PHRASE_WORDS, len(tokens) - position), 0, -1):
            phrase = " ".join(tokens[position : position + length])
            group = vocabulary.group_for(phrase)
            if group is not None:
                matched = (length, phrase, group)
                break
        if matched:
            length, phrase, (group_words, term_page_id) = matched
            alternatives = [word for word in group_words if word.lower() != phrase]
            slots.append(Slot(phrase, alternatives, term_page_id))
            position += length
            continue
        token = tokens[position]
        position += 1
        if token in stop:
            continue
        slots.append(Slot(token, vocabulary.compounds_starting_with(token)))
    if not slots and tokens:  # only stop words: search for them as typed
        slots = [Slot(token, []) for token in tokens[:MAX_SLOTS]]
    return slots


def build_query(slots, operator="and"):
    """A Wagtail search query for ``slots``, or None when there is nothing to search for."""
    parts = []
    for slot in slots:
        options = [PlainText(slot.text, operator="and")]
        options += [PlainText(alternative, operator="and") for alternative in slot.alternatives]
        parts.append(options[0] if len(options) == 1 else Or(options))
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return And(parts) if operator == "and" else Or(parts)


def defined_term_page_id(slots):
    """The glossary page the whole query names (one slot that is a synonym group with a term), or None."""
    if len(slots) == 1 and slots[0].term_page_id:
        return slots[0].term_page_id
    return None


def corrected(text, vocabulary):
    """``text`` with unknown words replaced by the closest known word, or None if nothing changed."""
    changed = False
    result = []
    stop = STOP_WORDS.get(vocabulary.language.split("-")[0], set())
    for token in words(text)[:MAX_SLOTS]:
        if token in vocabulary.known_words or token in stop or len(token) < 4 or token.isdigit():
            result.append(token)
            continue
        close = difflib.get_close_matches(token, vocabulary.sorted_words, n=1, cutoff=0.8)
        if close:
            changed = True
            result.append(close[0])
        else:
            result.append(token)
    return " ".join(result) if changed else None
