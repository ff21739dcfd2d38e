"""E-mail content owners about their pages that are overdue or due for review within 30 days. Meant for cron.

Idempotent per day: every reminder sent is recorded, so running it again the same day sends nothing; a page
is mentioned again after REVIEW_REMINDER_EVERY_DAYS days (default 7) while it is still due.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from governance.reminders import send_review_reminders


class Command(BaseCommand):
    help = "E-mail owners about pages due for review (overdue or within 30 days). Safe to run repeatedly."

    def handle(self, *args, **options):
        owners, pages = send_review_reminders(today=timezone.localdate())
        self.stdout.write(f"Påminnelser: {pages} sidor till {owners} innehållsansvariga.")
