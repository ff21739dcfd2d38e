from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


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

    class Meta:
        abstract = True

    @classmethod
    def review_panels(cls):
        """The admin panel for these fields, for page types that show them among their settings."""
        return [
            MultiFieldPanel(
                [FieldPanel("content_owner"), FieldPanel("last_reviewed"), FieldPanel("next_review")],
                heading=_("Granskning"),
            )
        ]
