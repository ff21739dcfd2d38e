"""The receipt e-mailed to the person who shared a routine, in the language they used."""

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


def send_receipt(submission, share_page):
    """E-mail the receipt; a failure is logged, never shown to the visitor (the routine is already saved)."""
    with translation.override(submission.locale.language_code):
        context = {"submission": submission, "routine": submission.page, "share_page": share_page}
        try:
            send_mail(
                _("Tack! Vi har tagit emot er rutin"),
                render_to_string("contributions/email/receipt.txt", context),
                None,
                [submission.contact_email],
            )
        except Exception:  # SMTP trouble must not turn a stored submission into an error page
            logger.exception("Could not send the receipt for routine submission %s", submission.pk)
            return False
    return True
