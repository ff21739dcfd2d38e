"""Create a synonym group for every glossary term that has none yet, from its headword, synonyms and
abbreviations. Idempotent: groups that exist (and editors' changes to them) are left as they are, except that
a word the term is "not to be confused with" is taken out of the term's group: treating the two as the same
word in search would teach readers exactly the confusion the glossary warns against."""

from django.apps import apps
from django.core.management.base import BaseCommand

from search.models import SynonymGroup
from search.vocabulary import forget_vocabularies


def _split(text):
    return [word.strip() for word in (text or "").split(",") if word.strip()]


class Command(BaseCommand):
    help = "Seed the search synonyms from the glossary terms (idempotent)."

    def handle(self, *args, **options):
        # The glossary is read through Wagtail's page API with the model looked up by name, so the search
        # app does not import the glossary app (see README, "Search").
        term_model = apps.get_model("glossary", "GlossaryTermPage")
        existing = set(SynonymGroup.objects.exclude(term_page=None).values_list("term_page_id", flat=True))
        created = []
        for page in term_model.objects.live().exclude(pk__in=existing).select_related("locale"):
            word_list = [page.term, *_split(page.synonyms), *_split(page.abbreviations)]
            created.append(SynonymGroup(locale=page.locale, words=", ".join(word_list), term_page=page))
        SynonymGroup.objects.bulk_create(created)
        pruned = self.remove_confused_words(term_model)
        forget_vocabularies()
        self.stdout.write(f"Synonymer: {len(created)} nya grupper, {pruned} rensade från förväxlingar.")

    @staticmethod
    def remove_confused_words(term_model):
        relation_model = apps.get_model("glossary", "TermRelation")
        confused = {}
        for relation in relation_model.objects.filter(kind="confused_with").select_related("target"):
            confused.setdefault(relation.page_id, set()).add(relation.target.translation_key)
        if not confused:
            return 0
        # Relations are kept on the Swedish page; translations share its translation key.
        pages = term_model.objects.filter(pk__in=confused).values_list("pk", "translation_key")
        confused_keys = {key: confused[pk] for pk, key in pages}
        headwords = {}
        for key, locale_id, term in term_model.objects.values_list("translation_key", "locale_id", "term"):
            headwords[(key, locale_id)] = term.casefold()
        pruned = 0
        for group in SynonymGroup.objects.exclude(term_page=None).select_related("term_page"):
            targets = confused_keys.get(group.term_page.translation_key, set())
            banned = {headwords.get((key, group.locale_id)) for key in targets} - {None}
            words = _split(group.words)
            kept = [word for word in words if word.casefold() not in banned]
            if len(kept) != len(words):
                group.words = ", ".join(kept)
                group.save(update_fields=["words"])
                pruned += 1
        return pruned
