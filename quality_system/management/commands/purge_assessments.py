"""Delete self-assessments saved to a private link longer ago than the retention period the page states
(SELF_ASSESSMENT_RETENTION_DAYS after their last change). Idempotent: run it daily from cron."""

from django.conf import settings
from django.core.management.base import BaseCommand

from quality_system.models import SavedAssessment


class Command(BaseCommand):
    help = "Raderar sparade självskattningar som är äldre än lagringstiden."

    def handle(self, *args, **options):
        deleted, _ = SavedAssessment.objects.expired().delete()
        days = settings.SELF_ASSESSMENT_RETENTION_DAYS
        self.stdout.write(f"Raderade {deleted} sparade självskattningar (lagringstid {days} dagar).")
