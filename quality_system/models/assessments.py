"""A self-assessment saved to a private link: no account and no personal data, only the answers."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token():
    # 32 random bytes = 256 bits, URL-safe: unguessable, so the link itself is the only key.
    return secrets.token_urlsafe(32)


class SavedAssessmentQuerySet(models.QuerySet):
    def expired(self, now=None):
        now = now or timezone.now()
        return self.filter(updated_at__lt=now - timedelta(days=settings.SELF_ASSESSMENT_RETENTION_DAYS))


class SavedAssessment(models.Model):
    token = models.CharField(_("länk-nyckel"), max_length=64, unique=True, default=new_token, editable=False)
    data = models.JSONField(_("svar"))
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("senast ändrad"), auto_now=True)

    objects = SavedAssessmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("sparad självskattning")
        verbose_name_plural = _("sparade självskattningar")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d}"

    @property
    def expires_on(self):
        return (self.updated_at + timedelta(days=settings.SELF_ASSESSMENT_RETENTION_DAYS)).date()
