"""The quality handbook builder: the reader chooses guides, routines and templates and downloads one editable
handbook (DOCX) or a PDF. It stores nothing: the choice travels in the query string."""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from knowledge.models import OrganisationForm, ReviewedPageMixin, SizeBand
from knowledge.visibility import CachedViewRestrictionsMixin, public
from methods.models import ExampleRoutinePage, MethodGuidePage

from ..documents import handbook as handbook_document
from ..handbook_form import FORMATS, HandbookForm
from .templates import DOCX_TYPE, TemplatePage, download

SLUG_LIST_HELP = gettext_lazy("Svenska sluggar med kommatecken emellan. En slug som inte finns hoppas över.")


def slug_list(value):
    return [slug.strip() for slug in (value or "").split(",") if slug.strip()]


class HandbookPage(CachedViewRestrictionsMixin, ReviewedPageMixin, Page):
    intro = RichTextField(gettext_lazy("ingress"), features=["bold", "italic", "link"])
    policy_template = models.CharField(
        gettext_lazy("mall för kvalitetspolicy"), max_length=100, blank=True, help_text=SLUG_LIST_HELP
    )
    minimum_routines = models.CharField(
        gettext_lazy("förvalda rutiner"), max_length=500, blank=True, help_text=SLUG_LIST_HELP
    )
    minimum_templates = models.CharField(
        gettext_lazy("förvalda mallar"), max_length=500, blank=True, help_text=SLUG_LIST_HELP
    )
    provider_routines = models.CharField(
        gettext_lazy("rutiner som krävs av utförare enligt SoL eller LSS"),
        max_length=500,
        blank=True,
        help_text=SLUG_LIST_HELP,
    )
    provider_templates = models.CharField(
        gettext_lazy("mallar som krävs av utförare enligt SoL eller LSS"),
        max_length=500,
        blank=True,
        help_text=SLUG_LIST_HELP,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("policy_template"),
                FieldPanel("minimum_routines"),
                FieldPanel("minimum_templates"),
                FieldPanel("provider_routines"),
                FieldPanel("provider_templates"),
            ],
            heading=gettext_lazy("Förval"),
        ),
    ]
    settings_panels = [*Page.settings_panels, *ReviewedPageMixin.review_panels()]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    # The pre-selections are Swedish slugs, the same in every language.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "policy_template",
            "minimum_routines",
            "minimum_templates",
            "provider_routines",
            "provider_templates",
        )
    ]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = gettext_lazy("kvalitetshandbok (verktyg)")

    @property
    def summary(self):
        return ""

    # -- what can be chosen ------------------------------------------------------------------------------

    def choices(self):
        def live(model):
            return public(model.objects.live().filter(locale_id=self.locale_id))

        return {
            "guides": list(live(MethodGuidePage).order_by("quality_area__sort_order", "path")),
            "routines": list(live(ExampleRoutinePage).order_by("title")),
            "templates": list(live(TemplatePage).order_by("title")),
        }

    def in_my_language(self, model, slugs):
        """Live pages of ``model`` in this page's language, found by their Swedish slugs (resolved on each
        request, so a routine added later, such as lex Sarah, is picked up without changing anything).
        One query, in the order of ``slugs``."""
        if not slugs:
            return []
        sources = model.objects.filter(locale__language_code="sv", slug__in=slugs)
        pages = (
            model.objects.live()
            .filter(locale_id=self.locale_id, translation_key__in=sources.values("translation_key"))
            .annotate(
                source_slug=Subquery(
                    sources.filter(translation_key=OuterRef("translation_key")).values("slug")[:1]
                )
            )
        )
        by_slug = {}
        for page in pages.order_by("path"):
            by_slug.setdefault(page.source_slug, page)
        return [by_slug[slug] for slug in slugs if slug in by_slug]

    def preselect(self, query):
        """The query string plus the minimum path (when it names nothing) and what providers need."""
        data = query.copy()
        added = {}
        if not any(name in data for name in ("guide", "routine", "template")):
            for name, model, slugs in (
                ("routine", ExampleRoutinePage, self.minimum_routines),
                ("template", TemplatePage, self.minimum_templates),
            ):
                data.setlist(name, [str(page.pk) for page in self.in_my_language(model, slug_list(slugs))])
        if data.get("provider") in ("1", "on", "true"):
            for name, model, slugs in (
                ("routine", ExampleRoutinePage, self.provider_routines),
                ("template", TemplatePage, self.provider_templates),
            ):
                pages = self.in_my_language(model, slug_list(slugs))
                current = data.getlist(name)
                data.setlist(name, current + [str(page.pk) for page in pages if str(page.pk) not in current])
                added[name] = pages
        return data, added

    # -- serving -----------------------------------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        choices = self.choices()
        output = request.GET.get("format")
        if output is None:
            data, provider_pages = self.preselect(request.GET)
            form = HandbookForm(data, locale=self.locale, **choices)
            form.is_valid()
            return self.render_form(request, form, choices, provider_pages=provider_pages)
        form = HandbookForm(request.GET, locale=self.locale, **choices)
        problems = self.download_problems(form, output)
        if problems:
            return self.render_form(request, form, choices, problems=problems, status=400)
        handbook = self.handbook(request, form, choices)
        name = f"{self.slug}-{slugify(handbook.organisation)[:60]}".rstrip("-")
        if output == "pdf":
            return download(handbook_document.render_pdf(handbook), f"{name}.pdf", "application/pdf")
        return download(handbook_document.render_docx(handbook), f"{name}.docx", DOCX_TYPE)

    def download_problems(self, form, output):
        problems = []
        if output not in FORMATS:
            problems.append(_("Välj att ladda ner handboken som Word (DOCX) eller PDF."))
        if not form.is_valid():
            return problems + [error for errors in form.errors.values() for error in errors]
        if not form.cleaned_data["organisation"]:
            problems.append(_("Skriv organisationens namn: det står på handbokens framsida."))
        if form.unknown_ids:
            problems.append(
                _("Några valda sidor finns inte (id %(ids)s). Välj igen i listorna nedan.")
                % {"ids": ", ".join(form.unknown_ids[:10])}
            )
        if not form.has_selection():
            problems.append(_("Välj minst en handledning, rutin eller mall."))
        return problems

    def handbook(self, request, form, choices):
        data = form.cleaned_data
        by_id = {kind: {page.pk: page for page in pages} for kind, pages in choices.items()}
        org_form = OrganisationForm.objects.filter(locale=self.locale, slug=data["form"]).first()
        policy = self.in_my_language(TemplatePage, slug_list(self.policy_template))
        return handbook_document.Handbook(
            organisation=data["organisation"],
            language=self.locale.language_code,
            made_on=timezone.localdate(),
            organisation_form=org_form.name if org_form else "",
            size_band=str(SizeBand(data["size"]).label) if data["size"] else "",
            policy=policy[0] if policy else None,
            routines=[by_id["routines"][pk] for pk in data["routine"]],
            guides=[by_id["guides"][pk] for pk in data["guide"]],
            templates=[by_id["templates"][pk] for pk in data["template"]],
            base_url=request.build_absolute_uri("/"),
        )

    def render_form(self, request, form, choices, *, problems=(), provider_pages=None, status=200):
        context = self.get_context(request)
        context.update(
            form=form,
            problems=problems,
            unknown_ids=form.unknown_ids,
            provider_pages=provider_pages or {},
            status=400 if (problems or form.errors) else status,
        )
        return TemplateResponse(request, self.get_template(request), context, status=context["status"])
