"""Which Wagtail group, workflow and private collection belong to each region and language, and which review
reminders have been sent. The groups' permissions themselves are Wagtail's (see roles.py)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionRoles(models.Model):
    """A region's coordinator group, its moderation workflow and the private collection for the attachments
    of routines submitted in the region. Created by ``roles.ensure_region_roles``."""

    region = models.OneToOneField(
        "knowledge.Region", verbose_name=_("region"), on_delete=models.CASCADE, related_name="roles"
    )
    coordinators = models.OneToOneField(
        "auth.Group", verbose_name=_("regionala samordnare"), on_delete=models.PROTECT, related_name="+"
    )
    workflow = models.ForeignKey(
        "wagtailcore.Workflow", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attachments = models.ForeignKey(
        "wagtailcore.Collection", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("regionens roller")
        verbose_name_plural = _("regionernas roller")

    def __str__(self):
        return str(self.region)


class LocaleTranslators(models.Model):
    """The translator group of one language: its members may create and edit translations into it only."""

    locale = models.OneToOneField(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("språk")
    )
    group = models.OneToOneField("auth.Group", on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("översättargrupp")
        verbose_name_plural = _("översättargrupper")

    def __str__(self):
        return self.group.name


class ReviewReminder(models.Model):
    """One reminder e-mail about one page, so ``review_reminders`` never sends the same one twice a day."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "owner", "sent_on"], name="one_review_reminder_per_day")
        ]

    def __str__(self):
        return f"{self.page_id} → {self.owner_id} ({self.sent_on})"
