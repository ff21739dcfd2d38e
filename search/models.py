"""What editors maintain for search (synonyms) and what search learns from readers (the query log)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .analysis import analyse

MAX_LOGGED_QUERY_LENGTH = 200


class SynonymGroup(index.Indexed, models.Model):
    """Words that mean the same thing in one language: a headword, its synonyms and abbreviations.

    A search for any of them also searches for the others. When the group belongs to a glossary term, a
    search naming one of the words shows that term's short definition above the results.
    """

    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("språk"), on_delete=models.CASCADE, related_name="+"
    )
    words = models.TextField(
        _("ord"),
        help_text=_(
            "Ord och förkortningar med samma betydelse, åtskilda med komma. Till exempel: "
            "arbetsintegrerande socialt företag, ASF, arbetsintegrerande företag"
        ),
    )
    term_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("begreppssida"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Begreppet vars korta definition visas överst när någon söker på ett av orden."),
    )

    panels = [FieldPanel("locale"), FieldPanel("words"), FieldPanel("term_page")]
    search_fields = [index.SearchField("words"), index.FilterField("locale")]

    class Meta:
        verbose_name = _("synonymgrupp")
        verbose_name_plural = _("synonymer och förkortningar")
        ordering = ["locale", "words"]

    def __str__(self):
        return ", ".join(self.word_list())

    def word_list(self):
        seen, result = set(), []
        for word in self.words.replace("\n", ",").split(","):
            word = " ".join(word.split())
            if word and word.lower() not in seen:
                seen.add(word.lower())
                result.append(word)
        return result

    def analysed_words(self):
        """{stemmed form: word as written} in the group's language."""
        language = self.locale.language_code
        return {analyse(word, language): word for word in self.word_list() if analyse(word, language)}


class SearchQueryLog(models.Model):
    """One row per distinct query and language: how often it was searched and how many results it had."""

    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("språk"), on_delete=models.CASCADE, related_name="+"
    )
    query = models.CharField(_("sökning"), max_length=MAX_LOGGED_QUERY_LENGTH)
    searches = models.PositiveIntegerField(_("antal sökningar"), default=0)
    hits = models.PositiveIntegerField(_("träffar senast"), default=0)
    last_searched_at = models.DateTimeField(_("senast sökt"), default=timezone.now)

    class Meta:
        verbose_name = _("sökning")
        verbose_name_plural = _("sökningar")
        constraints = [models.UniqueConstraint(fields=["locale", "query"], name="unique_query_per_locale")]
        indexes = [models.Index(fields=["locale", "-searches"], name="query_log_frequent")]

    def __str__(self):
        return self.query
