"""Search synonyms come from the glossary: words the glossary says are *not* the same must never be."""

from io import StringIO

import pytest
from django.core.management import call_command

from glossary.models import GlossaryTermPage, TermRelation
from search.models import SynonymGroup

# Pairs a review found listed as synonyms although they differ (issue 9, error 6).
NOT_SYNONYMS = [
    ("arbetsträning", "arbetsprövning"),
    ("personuppgiftsansvarig", "personuppgiftsbiträde"),
    ("klagomål", "synpunkt"),
    ("policy", "riktlinje"),
    ("egenmakt", "delaktighet"),
    ("studieförbund", "folkbildning"),
    ("socialt företag", "social innovation"),
    ("avvikelse", "tillbud"),
    ("data controller", "data processor"),
]


def words(group):
    return {word.strip().casefold() for word in group.words.split(",") if word.strip()}


@pytest.mark.parametrize(("term", "other"), NOT_SYNONYMS)
def test_words_that_differ_are_never_in_one_synonym_group(content, term, other):
    groups = [group for group in SynonymGroup.objects.all() if term in words(group)]
    assert groups, f"no synonym group for {term}"
    assert all(other not in words(group) for group in groups)


def test_a_term_and_a_term_it_is_confused_with_are_never_synonyms(content):
    headwords = {page.pk: page.term.casefold() for page in GlossaryTermPage.objects.all()}
    by_key = {}
    for page in GlossaryTermPage.objects.all():
        by_key.setdefault(page.translation_key, {})[page.locale_id] = page.term.casefold()
    relations = TermRelation.objects.filter(kind=TermRelation.CONFUSED).select_related("page", "target")
    assert relations.exists()
    for relation in relations:
        for group in SynonymGroup.objects.filter(term_page__translation_key=relation.page.translation_key):
            confused_word = by_key[relation.target.translation_key].get(group.locale_id)
            assert confused_word not in words(group), (headwords[relation.page_id], confused_word)


def test_seeding_takes_a_confused_term_out_of_an_existing_group(content):
    complaint = GlossaryTermPage.objects.get(locale=content["sv"], slug="klagomal")
    group = SynonymGroup.objects.get(term_page=complaint)
    group.words = "klagomål, avvikelse, missnöje"
    group.save()
    call_command("seed_synonyms", stdout=StringIO())
    group.refresh_from_db()
    assert words(group) == {"klagomål", "missnöje"}
