"""Create a synonym group for every page that defines words (a glossary term: its headword, synonyms and
abbreviations) and has none yet. Idempotent: groups that exist (and editors' changes to them) are left as
they are, except that a word the page is "not to be confused with" is taken out of its group: treating the
two as the same word in search would teach readers exactly the confusion the glossary warns against.

Which page types define words, and which words, comes from the contract in ``knowledge.searchable``
(``search_defines_words``, ``search_synonyms``, ``search_not_synonyms``), so search imports no content app.
"""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from knowledge.searchable import Searchable, searchable_page_models
from search.models import SynonymGroup
from search.vocabulary import forget_vocabularies


def _split(text):
    return [word.strip() for word in (text or "").split(",") if word.strip()]


class Command(BaseCommand):
    help = "Seed the search synonyms from the pages that define words, the glossary terms (idempotent)."

    def handle(self, *args, **options):
        existing = set(SynonymGroup.objects.exclude(term_page=None).values_list("term_page_id", flat=True))
        created = []
        for model in searchable_page_models():
            if not model.search_defines_words:
                continue
            for page in model.objects.live().exclude(pk__in=existing).select_related("locale"):
                word_list = [word for word in page.search_synonyms() if word]
                if word_list:
                    created.append(
                        SynonymGroup(locale=page.locale, words=", ".join(word_list), term_page=page)
                    )
        SynonymGroup.objects.bulk_create(created)
        pruned = self.remove_confused_words()
        forget_vocabularies()
        self.stdout.write(f"Synonymer: {len(created)} nya grupper, {pruned} rensade från förväxlingar.")

    @staticmethod
    def remove_confused_words():
        groups = list(SynonymGroup.objects.exclude(term_page=None))
        pages = Page.objects.filter(pk__in={group.term_page_id for group in groups}).specific().in_bulk()
        pruned = 0
        for group in groups:
            page = pages.get(group.term_page_id)
            if not isinstance(page, Searchable):
                continue
            banned = {word.casefold() for word in page.search_not_synonyms()}
            words = _split(group.words)
            kept = [word for word in words if word.casefold() not in banned]
            if len(kept) != len(words):
                group.words = ", ".join(kept)
                group.save(update_fields=["words"])
                pruned += 1
        return pruned
