"""Deactivate the local accounts (admin, demo users) whose passwords were printed. Runs without the system
checks, since they are what stops production while such an account exists."""

from django.core.management.base import BaseCommand

from knowledge.local_accounts import local_accounts


class Command(BaseCommand):
    help = "Remove the local admin and demo users made by make setup/make run (their passwords are known)."
    requires_system_checks = []

    def handle(self, *args, **options):
        accounts = local_accounts()
        for user in accounts:
            # Deleted, not only deactivated: pages keep their owner through SET_NULL, revisions their text.
            user.delete()
            self.stdout.write(f"Borttagen: {user.username}")
        if not accounts:
            self.stdout.write("Inga lokala konton.")
