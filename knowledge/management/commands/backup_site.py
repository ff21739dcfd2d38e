from django.core.management.base import BaseCommand

from knowledge.backup import backup


class Command(BaseCommand):
    help = "Write a dated archive of the database and the media folder (make backup)."

    def add_arguments(self, parser):
        parser.add_argument("--folder", default="backups", help="where to write the archive (backups/)")

    def handle(self, *args, folder, **options):
        self.stdout.write(str(backup(folder)))
