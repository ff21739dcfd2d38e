"""Easy-to-read (lättläst) text must really be easy: LIX at most 30 in every language (MTM's guidance)."""

import pytest

from knowledge.readability import lix
from starter.files import LANGUAGES, load_content

LIX_LIMIT = 30


def test_lix_of_a_hand_counted_example():
    # 7 words (Jag, heter, Anna, Jag, arbetar, i, Malmö), 2 sentences, 1 word over six letters
    # ("arbetar"): 7 / 2 + 100 * 1 / 7 = 3.5 + 14.29 = 17.79 when counted by hand.
    assert lix("Jag heter Anna. Jag arbetar i Malmö.") == pytest.approx(17.79, abs=0.01)


def test_a_line_break_ends_a_sentence_and_numbers_are_not_words():
    # Two lines, the first without a full stop: 2 sentences. Words: Vi, ringer, Skicka, e-post, i, dag
    # (6; "112" is not a word). None has more than six letters ("e-post" has five): 6 / 2 + 0 = 3.
    assert lix("Vi ringer 112\nSkicka e-post i dag.") == pytest.approx(3.0)


def test_long_words_raise_lix():
    # 3 words, 1 sentence, all three over six letters: 3 / 1 + 100 * 3 / 3 = 103.
    assert lix("Kvalitetsledningssystemet förutsätter egenkontroll.") == pytest.approx(103.0)


def easy_read_texts():
    for guide in load_content().guides:
        for language in LANGUAGES:
            yield pytest.param(guide["easy_read"][language], id=f"{guide['_file']}-{language}")


@pytest.mark.parametrize("text", list(easy_read_texts()))
def test_every_easy_read_text_scores_at_most_30(text):
    score = lix(text)
    assert score <= LIX_LIMIT, f"LIX {score:.1f} is above {LIX_LIMIT}: shorter sentences, shorter words"
