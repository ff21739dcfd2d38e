"""Review reminders by e-mail, recorded so that a page is not mentioned twice within a few days."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .dashboard import due_for_review
from .models import ReviewReminder


def reminder_interval_days():
    return max(1, settings.REVIEW_REMINDER_EVERY_DAYS)


def admin_url(page):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page.pk])


def send_review_reminders(today):
    """Send what is due; return (number of owners e-mailed, number of pages mentioned)."""
    since = today - datetime.timedelta(days=reminder_interval_days() - 1)
    recently_sent = set(ReviewReminder.objects.filter(sent_on__gte=since).values_list("page_id", "owner_id"))
    by_owner = defaultdict(list)
    for page in due_for_review(today=today):
        owner = page.content_owner
        if owner is None or not owner.email or not owner.is_active:
            continue
        if (page.pk, owner.pk) not in recently_sent:
            by_owner[owner].append(page)

    mentioned = 0
    for owner, pages in by_owner.items():
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            # Recorded first, inside the transaction: if sending fails, nothing is recorded.
            ReviewReminder.objects.bulk_create(
                [ReviewReminder(page=page, owner=owner, sent_on=today) for page in pages],
                ignore_conflicts=True,
            )
            context = {
                "owner": owner,
                "items": [(page, admin_url(page), page.next_review < today) for page in pages],
                "today": today,
            }
            send_mail(
                _("Kvalitetsnavet: %(count)d sidor att granska") % {"count": len(pages)},
                render_to_string("governance/email/review_reminder.txt", context),
                None,
                [owner.email],
            )
        mentioned += len(pages)
    return len(by_owner), mentioned
