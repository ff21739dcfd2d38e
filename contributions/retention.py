"""Keep the consent text's promise: contact addresses, and routines never published, go after a year."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import RoutineSubmission


def retention_days():
    return settings.SUBMISSION_RETENTION_DAYS


@transaction.atomic
def purge_old_submissions(now=None):
    """Blank old contact addresses and delete old drafts that were never published (with their
    attachments). Returns (addresses removed, drafts deleted)."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=retention_days())
    old = RoutineSubmission.objects.filter(submitted_at__lt=cutoff).select_related("page")
    drafts = 0
    for submission in old:
        page = submission.page
        if page is not None and page.first_published_at is None:
            for item in page.documents.select_related("document"):
                item.document.file.delete(save=False)
                item.document.delete()
            page.delete()
            drafts += 1
    addresses = old.exclude(contact_email="").update(contact_email="")
    return addresses, drafts
