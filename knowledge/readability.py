"""LIX (läsbarhetsindex), the Swedish readability measure used for every easy-to-read text.

LIX = words / sentences + 100 * long words / words, where a long word has more than six letters.
Below 30 is "very easy" on the usual scale, which is what MTM's guidance for lättläst aims at.

Pure Python with no Django, so the content checks can use it without a database.
"""

import re

# A word is a run of letters, optionally joined by hyphens or apostrophes ("e-post", "IVO:s" counts
# the letters before the colon). Digits are not words: "112" neither lengthens nor shortens a text.
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# A sentence ends at . ! ? or : followed by a space or the end; each line of an easy-to-read text is one
# idea, so a line break ends a sentence too (a line without a full stop is still its own sentence).
SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)")
LONG_WORD = 6


def words(text):
    return WORD.findall(text)


def sentence_count(text):
    count = 0
    for line in text.splitlines():
        # Each piece between sentence ends that contains a word is one sentence.
        count += sum(1 for piece in SENTENCE_END.split(line) if WORD.search(piece))
    return count


def lix(text):
    """The LIX of ``text``; 0.0 for a text without words."""
    found = words(text)
    if not found:
        return 0.0
    long_words = sum(1 for word in found if len(word.replace("-", "")) > LONG_WORD)
    return len(found) / sentence_count(text) + 100 * long_words / len(found)
