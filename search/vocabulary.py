"""What search knows about a language's words: the editors' synonym groups and the words of page titles.

Used to expand a query (synonyms, abbreviations, the start of a compound) and to correct a typo. Built from
the database once per language and kept in Django's cache for a few minutes; publishing a page or saving a
synonym group clears it.
"""

import bisect
from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.models import Page

from .analysis import analyse, words
from .models import SynonymGroup

CACHE_SECONDS = 300
MIN_COMPOUND_PREFIX = 5  # "arbetsmiljö" finds "arbetsmiljöarbete"; shorter starts match too much
MAX_COMPOUND_EXPANSIONS = 6


@dataclass
class Vocabulary:
    language: str
    # stemmed form of a word or phrase -> index into groups
    synonyms: dict = field(default_factory=dict)
    groups: list = field(default_factory=list)  # [(words as written, term page id or None)]
    known_words: frozenset = frozenset()
    sorted_words: tuple = ()

    def group_for(self, phrase):
        """The synonym group (words, term page id) whose word or phrase ``phrase`` is, or None."""
        index = self.synonyms.get(analyse(phrase, self.language))
        return self.groups[index] if index is not None else None

    def compounds_starting_with(self, word):
        """Known longer words that begin with ``word`` (compounds: arbetsmiljö → arbetsmiljöarbete)."""
        if len(word) < MIN_COMPOUND_PREFIX:
            return []
        start = bisect.bisect_left(self.sorted_words, word)
        found = []
        for candidate in self.sorted_words[start:]:
            if not candidate.startswith(word) or len(found) >= MAX_COMPOUND_EXPANSIONS:
                break
            if candidate != word and len(candidate) - len(word) >= 3:
                found.append(candidate)
        return found


def _cache_key(locale):
    return f"search-vocabulary:{locale.pk}"


def build_vocabulary(locale):
    language = locale.language_code
    vocabulary = Vocabulary(language=language)
    known = set()
    for group in SynonymGroup.objects.filter(locale=locale).order_by("pk"):
        word_list = group.word_list()
        if len(word_list) == 0:
            continue
        vocabulary.groups.append((word_list, group.term_page_id))
        for word in word_list:
            stems = analyse(word, language)
            if stems:
                vocabulary.synonyms.setdefault(stems, len(vocabulary.groups) - 1)
            known.update(words(word))
    for title in Page.objects.live().filter(locale=locale, depth__gt=1).values_list("title", flat=True):
        known.update(words(title))
    known = {word for word in known if len(word) > 1 and not word.isdigit()}
    vocabulary.known_words = frozenset(known)
    vocabulary.sorted_words = tuple(sorted(known))
    return vocabulary


def vocabulary_for(locale):
    vocabulary = cache.get(_cache_key(locale))
    if vocabulary is None:
        vocabulary = build_vocabulary(locale)
        cache.set(_cache_key(locale), vocabulary, CACHE_SECONDS)
    return vocabulary


def forget_vocabularies(**kwargs):
    from wagtail.models import Locale

    cache.delete_many([_cache_key(locale) for locale in Locale.objects.all()])
