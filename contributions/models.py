"""The "Share a routine" page and what is kept about each submission (the contact details stay here, never on
the routine page, so they can never be published)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from knowledge.visibility import CachedViewRestrictionsMixin

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ShareRoutinePage(CachedViewRestrictionsMixin, Page):
    intro = RichTextField(_("ingress"), blank=True, features=TEXT_FEATURES)
    consent_text = RichTextField(
        _("om personuppgifter och samtycke"),
        features=TEXT_FEATURES,
        help_text=_("Vad som sparas, varför, vem som ser det och hur länge. Visas ovanför samtyckesrutan."),
    )
    thanks_text = RichTextField(
        _("tack-text"), features=TEXT_FEATURES, help_text=_("Visas när rutinen har skickats in.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("consent_text"),
        FieldPanel("thanks_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("dela en rutin (formulär)")

    @property
    def summary(self):
        return ""

    def serve(self, request, *args, **kwargs):
        from .views import serve_share_page

        return serve_share_page(self, request)


class RoutineSubmission(models.Model):
    """One submitted routine: who sent it (never published), what they agreed to, and its draft page."""

    page = models.ForeignKey(
        "methods.ExampleRoutinePage",
        verbose_name=_("utkast"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    region = models.ForeignKey("knowledge.Region", on_delete=models.PROTECT, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.PROTECT, related_name="+")
    organisation_name = models.CharField(_("organisation"), max_length=200)
    publish_organisation_name = models.BooleanField(_("namnet får visas"))
    contact_email = models.EmailField(_("e-post för kontakt"), blank=True)
    consent_text = models.TextField(_("samtyckestext som godkändes"))
    submitted_at = models.DateTimeField(_("inskickad"), auto_now_add=True)

    class Meta:
        verbose_name = _("inskickad rutin")
        verbose_name_plural = _("inskickade rutiner")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.organisation_name} ({self.submitted_at:%Y-%m-%d})"
