from django.core.management.base import BaseCommand, CommandError

from methods.starter.files import ContentError
from methods.starter.loader import StarterContentLoader


class Command(BaseCommand):
    help = (
        "Load Kvalitetsnavet's starter content from content/ (Swedish pages with English translations). "
        "Idempotent: what already exists is left unchanged."
    )

    def handle(self, *args, **options):
        try:
            StarterContentLoader(stdout=self.stdout).run()
        except ContentError as error:
            raise CommandError(f"The starter content has problems:\n{error}") from error
