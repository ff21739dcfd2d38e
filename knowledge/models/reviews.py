from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from ..dates import months_after


class ReviewedPageMixin(models.Model):
    """Who owns a page's content and when it is next reviewed: the site practises the quality work it
    preaches."""

    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("innehållsansvarig"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Den som ansvarar för att innehållet är korrekt och granskas i tid."),
    )
    last_reviewed = models.DateField(_("senast granskad"), null=True, blank=True)
    next_review = models.DateField(_("nästa granskning"), null=True, blank=True)

    # Quality work reviews every routine and guide at least once a year unless a page says otherwise.
    DEFAULT_REVIEW_INTERVAL_MONTHS = 12

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Every reviewed page has a next review: unless an editor set one, it falls one review interval
        # after the last review.
        if self.next_review is None:
            start, months = self.review_start(), self.review_interval_months_for_page()
            if start and months:
                self.next_review = months_after(start, months)
        return super().save(*args, **kwargs)

    def review_interval_months_for_page(self):
        return self.DEFAULT_REVIEW_INTERVAL_MONTHS

    def review_start(self):
        return self.last_reviewed

    @classmethod
    def review_panels(cls):
        """The admin panel for these fields, for page types that show them among their settings."""
        return [
            MultiFieldPanel(
                [FieldPanel("content_owner"), FieldPanel("last_reviewed"), FieldPanel("next_review")],
                heading=_("Granskning"),
            )
        ]
