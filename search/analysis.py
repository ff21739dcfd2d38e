"""Turning text into search words: the same steps for what is indexed and for what a reader types.

Words are lowercased Unicode letters and digits (å, ä and ö stay letters of their own: "får" is not "far"),
then reduced to their stem with the Snowball stemmer for the text's language, so that "rutinerna",
"rutiner" and "rutin" meet. Languages without a stemmer are only lowercased.
"""

import re
from functools import lru_cache

import snowballstemmer

# Django language code -> Snowball algorithm.
SNOWBALL_LANGUAGES = {
    "sv": "swedish",
    "en": "english",
    "da": "danish",
    "nb": "norwegian",
    "no": "norwegian",
    "fi": "finnish",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "ar": "arabic",
}

_WORD = re.compile(r"\w+", re.UNICODE)

# Words that carry no meaning on their own. A query made only of these is kept as typed.
STOP_WORDS = {
    "sv": set(
        "och att i på för en ett som med är av till om det den de vi jag du ni man hur vad vem var när "
        "inte eller men så har ska kan vill från vid under efter hos mot utan sin sitt sina vår vårt våra "
        "er ert era detta denna dessa där här också bara alla mycket".split()
    ),
    "en": set(
        "a an and are as at be by do does for from how i in is it of on or our so that the this to we what "
        "when where which who why with you your can should".split()
    ),
}


def words(text):
    """The words of ``text``, lowercased, in order; punctuation and symbols are dropped."""
    return _WORD.findall((text or "").lower())


@lru_cache(maxsize=16)
def _stemmer(language):
    algorithm = SNOWBALL_LANGUAGES.get((language or "").split("-")[0])
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def stem_words(word_list, language):
    stemmer = _stemmer(language)
    if stemmer is None:
        return list(word_list)
    return stemmer.stemWords(list(word_list))


@lru_cache(maxsize=8192)  # titles and query words recur from request to request
def analyse(text, language):
    """``text`` as a space-separated string of stems, ready for the index or for a query."""
    return " ".join(stem_words(words(text), language))


def without_stop_words(word_list, language):
    """``word_list`` minus the language's stop words, unless nothing would be left."""
    stop = STOP_WORDS.get((language or "").split("-")[0], set())
    kept = [word for word in word_list if word not in stop]
    return kept or list(word_list)
