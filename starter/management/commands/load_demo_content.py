from django.core.management.base import BaseCommand, CommandError

from starter.files import ContentError
from starter.loader import StarterContentLoader


class Command(BaseCommand):
    help = (
        "Load Kvalitetsnavet's starter content from content/ (source-language pages and their "
        "translations). "
        "Idempotent: what already exists is left unchanged."
    )

    def handle(self, *args, **options):
        try:
            StarterContentLoader(stdout=self.stdout).run()
        except ContentError as error:
            raise CommandError(f"The starter content has problems:\n{error}") from error
