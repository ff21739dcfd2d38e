from django.core.management.base import BaseCommand, CommandError

from knowledge.backup import NotEmpty, restore


class Command(BaseCommand):
    help = "Restore an archive made by backup_site into an empty database (make restore BACKUP=...)."

    def add_arguments(self, parser):
        parser.add_argument("archive")

    def handle(self, *args, archive, **options):
        try:
            manifest = restore(archive)
        except (NotEmpty, ValueError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the backup of {manifest['created']} ({manifest['vendor']})")
