"""Create a synonym group for every glossary term that has none yet, from its headword, synonyms and
abbreviations. Idempotent: groups that exist (and editors' changes to them) are left as they are."""

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
        forget_vocabularies()
        self.stdout.write(f"Synonymer: {len(created)} nya grupper.")
