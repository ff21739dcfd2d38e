"""Remove contact addresses and unpublished drafts older than SUBMISSION_RETENTION_DAYS (365). Cron."""

from django.core.management.base import BaseCommand

from contributions.retention import purge_old_submissions


class Command(BaseCommand):
    help = "Blank contact e-mail addresses and delete never-published drafts of old submissions."

    def handle(self, *args, **options):
        addresses, drafts = purge_old_submissions()
        self.stdout.write(f"Rensat: {addresses} e-postadresser, {drafts} opublicerade utkast.")
