"""The concept glossary (begrepp): an index page with A–Ö navigation and one page per term."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from knowledge.api import CommaListField, RichTextHTMLField
from knowledge.localization import localize
from knowledge.models import ReviewedPageMixin, legal_sources_of
from knowledge.searchable import ResultType, Searchable
from knowledge.visibility import CachedViewRestrictionsMixin

from .alphabet import SWEDISH_ALPHABET, initial, sort_key
from .api import TermRelationsField

# A look-up is a word or two; longer input is cut rather than refused.
MAX_LOOKUP_LENGTH = 100


class GlossaryIndexPage(CachedViewRestrictionsMixin, ReviewedPageMixin, Page):
    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = ["glossary.GlossaryTermPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("begreppslista")

    @property
    def summary(self):
        return ""

    def letter_groups(self, query=""):
        """Terms grouped by initial, in Swedish alphabetical order (Å, Ä, Ö after Z), optionally only those
        whose headword, synonyms or abbreviations contain ``query``."""
        terms = GlossaryTermPage.objects.child_of(self).live().public()
        if query:
            terms = terms.filter(
                Q(term__icontains=query) | Q(synonyms__icontains=query) | Q(abbreviations__icontains=query)
            )
        groups = {}
        for term in sorted(terms, key=lambda term: sort_key(term.term)):
            groups.setdefault(initial(term.term), []).append(term)
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = " ".join(request.GET.get("q", "").split())[:MAX_LOOKUP_LENGTH]
        groups = self.letter_groups(query)
        context["query"] = query
        context["alphabet"] = [(letter, letter in groups) for letter in SWEDISH_ALPHABET]
        context["groups"] = [
            (letter, groups[letter]) for letter in [*SWEDISH_ALPHABET, "#"] if letter in groups
        ]
        return context


class GlossaryTermPage(CachedViewRestrictionsMixin, ReviewedPageMixin, Searchable, Page):
    term = models.CharField(
        _("begrepp"), max_length=150, help_text=_("Uppslagsordet, som det skrivs i löptext.")
    )
    short_definition = models.CharField(
        _("kort definition"),
        max_length=300,
        help_text=_("En mening. Visas i sökträffar och förhandsvisningar."),
    )
    explanation = RichTextField(_("förklaring"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    synonyms = models.CharField(
        _("synonymer"),
        max_length=300,
        blank=True,
        help_text=_("Andra ord för samma sak, åtskilda med komma."),
    )
    abbreviations = models.CharField(
        _("förkortningar"), max_length=100, blank=True, help_text=_("Åtskilda med komma, till exempel ASF.")
    )
    confusion_note = RichTextField(
        _("skillnaden mot förväxlingsbara begrepp"), blank=True, features=["bold", "italic", "link"]
    )
    source = models.CharField(
        _("källa"), max_length=300, help_text=_("Lag (med SFS-nummer), proposition eller myndighet.")
    )
    source_url = models.URLField(_("länk till källan"), blank=True)
    last_checked = models.DateField(_("senast kontrollerad"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("term"), FieldPanel("short_definition"), FieldPanel("explanation")],
            heading=_("Definition"),
        ),
        MultiFieldPanel([FieldPanel("synonyms"), FieldPanel("abbreviations")], heading=_("Andra ord")),
        InlinePanel("relations", heading=_("Relaterade och förväxlingsbara begrepp"), label=_("relation")),
        FieldPanel("confusion_note"),
        MultiFieldPanel(
            [FieldPanel("source"), FieldPanel("source_url"), FieldPanel("last_checked")], heading=_("Källa")
        ),
        InlinePanel("legal_source_links", heading=_("Rättskällor"), label=_("rättskälla")),
    ]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [
        *Page.search_fields,
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("short_definition"),
        index.SearchField("explanation"),
        index.SearchField("synonyms"),
        index.SearchField("abbreviations"),
        index.AutocompleteField("abbreviations"),
    ]
    # The open-data API's shape of a term (documented in README, "Open data").
    api_fields = [
        APIField("term"),
        APIField("short_definition"),
        APIField("explanation", serializer=RichTextHTMLField()),
        APIField("synonyms", serializer=CommaListField()),
        APIField("abbreviations", serializer=CommaListField()),
        APIField("relations", serializer=TermRelationsField()),
        APIField("confusion_note", serializer=RichTextHTMLField()),
        APIField("source"),
        APIField("source_url"),
        APIField("last_checked"),
    ]
    # How search presents a term (knowledge/searchable.py): its headword, synonyms and abbreviations are
    # seeded as a synonym group, and a search naming one of them shows the definition first.
    search_result_type = ResultType("term", _("Begrepp"), _("Begrepp"), icon="type-term", order=30)
    search_defines_words = True
    parent_page_types = ["glossary.GlossaryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("begrepp")
        verbose_name_plural = _("begrepp")

    @property
    def summary(self):
        return self.short_definition

    def synonym_list(self):
        return [word.strip() for word in self.synonyms.split(",") if word.strip()]

    def abbreviation_list(self):
        return [word.strip() for word in self.abbreviations.split(",") if word.strip()]

    def search_label(self):
        return self.term or self.title

    def search_definition(self):
        return self.short_definition

    def search_names(self):
        return [self.title, self.term, *self.synonym_list(), *self.abbreviation_list()]

    def search_synonyms(self):
        return [self.term, *self.synonym_list(), *self.abbreviation_list()]

    def search_not_synonyms(self):
        """Headwords, in this page's language, of the terms it is often confused with: treating them as
        the same word in search would teach readers exactly the confusion the glossary warns against.
        Relations are kept on the Swedish page; its translations share its translation key."""
        confused = TermRelation.objects.filter(
            kind=TermRelation.CONFUSED, page__translation_key=self.translation_key
        ).values("target__translation_key")
        return list(
            GlossaryTermPage.objects.filter(
                translation_key__in=confused, locale_id=self.locale_id
            ).values_list("term", flat=True)
        )

    def related_terms(self):
        """(related, confused_with): lists of term pages in the reader's language, one query each way."""
        relations = list(self.relations.select_related("target"))
        targets = localize([relation.target for relation in relations])
        related = [
            t for r, t in zip(relations, targets, strict=True) if r.kind == TermRelation.RELATED and t.live
        ]
        confused = [
            t for r, t in zip(relations, targets, strict=True) if r.kind == TermRelation.CONFUSED and t.live
        ]
        return related, confused

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"], context["confused_with"] = self.related_terms()
        context["legal_sources"] = legal_sources_of(self)
        return context


class TermRelation(Orderable):
    RELATED = "related"
    CONFUSED = "confused_with"
    KINDS = [(RELATED, _("Relaterat begrepp")), (CONFUSED, _("Förväxlas ofta med"))]

    page = ParentalKey(GlossaryTermPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("relation"), max_length=20, choices=KINDS, default=RELATED)
    target = models.ForeignKey(
        GlossaryTermPage, verbose_name=_("begrepp"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("kind"), FieldPanel("target")]

    def clean(self):
        if self.target_id and self.target_id == self.page_id:
            raise ValidationError({"target": _("Ett begrepp kan inte relatera till sig självt.")})
