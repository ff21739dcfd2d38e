"""The "Share a routine" form: every field validated with a message a person can act on."""

import re

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from knowledge.models import OrganisationForm, OrganisationFormFacet, QualityArea, Region, SizeBand
from methods.models import MethodGuidePage

from .filetypes import ACTIVE, ENCRYPTED, UNKNOWN, RefusedDocument, check_document

MAX_ATTACHMENTS = 3
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
TEXT_MAX = 5000
STEP_TITLE_MAX = 200
# Anything that looks like an HTML tag or comment: "<b", "</p", "<!--", "<?". A lone "<" ("< 10") is fine.
TAG_PATTERN = re.compile(r"<\s*[/!?]?\s*[a-zA-Z!?]")


REFUSAL_MESSAGES = {
    UNKNOWN: _(
        "Filen %(name)s är inte en PDF-, DOCX- eller ODT-fil (vi läser filens innehåll, inte bara namnet). "
        "Spara den i något av de formaten och försök igen."
    ),
    ACTIVE: _(
        "Filen %(name)s innehåller makron, skript, program eller inbäddade filer, och sådant kan vi inte ta "
        "emot. Spara dokumentet som PDF, eller ta bort makron och inbäddade objekt, och försök igen."
    ),
    ENCRYPTED: _(
        "Filen %(name)s är krypterad eller lösenordsskyddad, så vi kan inte kontrollera den. Spara en kopia "
        "utan skydd och försök igen."
    ),
    "malformed": _(
        "Filen %(name)s är skadad eller uppbyggd på ett sätt som vanliga ordbehandlare inte använder. Spara "
        "den på nytt som PDF, DOCX eller ODT och försök igen."
    ),
}


def no_html(value):
    if value and TAG_PATTERN.search(value):
        raise forms.ValidationError(
            _("Skriv vanlig text utan HTML-kod. Ta bort taggar som <b> eller <script>."), code="html"
        )


def length_message(limit):
    return _("Texten får vara högst %(limit)d tecken lång. Korta den eller skicka resten som bilaga.") % {
        "limit": limit
    }


class PlainTextField(forms.CharField):
    """Plain text: trimmed, at most ``max_length`` characters, no HTML."""

    def __init__(self, *, max_length, textarea=False, rows=6, **kwargs):
        kwargs.setdefault("error_messages", {})
        kwargs["error_messages"].setdefault("max_length", length_message(max_length))
        kwargs["error_messages"].setdefault("required", _("Fyll i det här fältet."))
        widget = forms.Textarea(attrs={"rows": rows}) if textarea else forms.TextInput()
        super().__init__(max_length=max_length, widget=widget, validators=[no_html], **kwargs)

    def widget_attrs(self, widget):
        # No maxlength attribute: the browser would silently cut pasted text; the message says what to do.
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


class ShareRoutineForm(forms.Form):
    # -- the organisation -------------------------------------------------------------------------------
    # Every required field names what is missing (a bare "Fyll i det här fältet." reads like the browser's
    # own message and does not say which field it is about in the error summary).
    organisation_name = PlainTextField(
        label=_("Organisationens namn"),
        max_length=200,
        error_messages={"required": _("Skriv organisationens namn.")},
    )
    publish_name = forms.ChoiceField(
        label=_("Får vi visa organisationens namn vid rutinen?"),
        choices=[
            ("yes", _("Ja, visa namnet")),
            ("no", _("Nej, visa rutinen utan namn (anonymt)")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Välj om namnet får visas.")},
    )
    contact_email = forms.EmailField(
        label=_("E-postadress för kontakt"),
        max_length=254,
        help_text=_("Visas aldrig på webbplatsen. Vi använder den bara för frågor om rutinen."),
        error_messages={
            "required": _("Fyll i en e-postadress."),
            "invalid": _("Skriv e-postadressen så här: namn@exempel.se"),
            "max_length": _("E-postadressen får vara högst 254 tecken lång."),
        },
    )
    organisation_forms = forms.MultipleChoiceField(
        label=_("Organisationsform"),
        help_text=_("Välj juridisk form och de verksamhetstyper som passar."),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Välj minst en organisationsform."),
            "invalid_choice": _("Välj organisationsformer i listan."),
        },
    )
    region = forms.ChoiceField(
        label=_("Region"),
        error_messages={"required": _("Välj region."), "invalid_choice": _("Välj en region i listan.")},
    )
    size_band = forms.ChoiceField(
        label=_("Storlek"),
        choices=[("", _("Välj storlek")), *SizeBand.choices],
        error_messages={"required": _("Välj storlek."), "invalid_choice": _("Välj en storlek i listan.")},
    )

    # -- the routine ------------------------------------------------------------------------------------
    title = PlainTextField(
        label=_("Rutinens namn"),
        max_length=200,
        help_text=_("Till exempel: Rutin för inskrivning"),
        error_messages={"required": _("Skriv rutinens namn.")},
    )
    summary = PlainTextField(
        label=_("Sammanfattning"),
        max_length=400,
        error_messages={"required": _("Skriv en kort sammanfattning av rutinen.")},
        textarea=True,
        rows=3,
        help_text=_("En eller två meningar om vad rutinen gäller."),
    )
    quality_area = forms.ChoiceField(
        label=_("Kvalitetsområde"),
        error_messages={
            "required": _("Välj kvalitetsområde."),
            "invalid_choice": _("Välj ett kvalitetsområde i listan."),
        },
    )
    purpose = PlainTextField(
        label=_("Syfte"),
        max_length=TEXT_MAX,
        textarea=True,
        help_text=_("Varför rutinen finns."),
        error_messages={"required": _("Skriv varför rutinen finns.")},
    )
    scope = PlainTextField(
        label=_("Omfattning"),
        max_length=TEXT_MAX,
        textarea=True,
        required=False,
        help_text=_("Vem och vad rutinen gäller."),
    )
    responsibilities = PlainTextField(
        label=_("Ansvar"), max_length=TEXT_MAX, textarea=True, required=False, help_text=_("Vem gör vad.")
    )
    steps = PlainTextField(
        label=_("Arbetsgång"),
        max_length=TEXT_MAX,
        textarea=True,
        rows=10,
        required=False,
        help_text=_(
            "Ett stycke per steg, med en tom rad mellan stegen. Första raden är stegets rubrik, raderna "
            "under beskriver vad som görs."
        ),
    )
    records = PlainTextField(
        label=_("Dokumentation som sparas"),
        max_length=TEXT_MAX,
        textarea=True,
        required=False,
        help_text=_("Vad som skrivs ner, var och hur länge det sparas."),
    )
    review_interval_months = forms.IntegerField(
        label=_("Hur ofta granskas rutinen? (månader)"),
        initial=12,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        error_messages={
            "required": _("Skriv hur många månader det går mellan granskningarna."),
            "invalid": _("Skriv ett heltal, till exempel 12."),
            "min_value": _("Skriv ett tal mellan 1 och 60."),
            "max_value": _("Skriv ett tal mellan 1 och 60."),
        },
    )
    guides = forms.MultipleChoiceField(
        label=_("Metodhandledningar som rutinen bygger på"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Välj handledningar i listan.")},
    )

    # -- attachments, consent, spam protection ----------------------------------------------------------
    attachment_1 = forms.FileField(label=_("Bilaga 1"), required=False)
    attachment_2 = forms.FileField(label=_("Bilaga 2"), required=False)
    attachment_3 = forms.FileField(label=_("Bilaga 3"), required=False)
    consent = forms.BooleanField(
        label=_("Jag har läst texten om hur uppgifterna hanteras och samtycker till det."),
        error_messages={"required": _("Du behöver samtycka för att kunna skicka in rutinen.")},
    )
    # The honeypot: hidden from people (and from screen readers); bots that fill every field reveal
    # themselves.
    website = forms.CharField(label=_("Lämna det här fältet tomt"), required=False)

    ATTACHMENT_FIELDS = ("attachment_1", "attachment_2", "attachment_3")

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale
        forms_in_locale = list(OrganisationForm.objects.filter(locale=locale))
        self.fields["organisation_forms"].choices = [
            (facet.label, [(tag.slug, tag.name) for tag in forms_in_locale if tag.facet == facet.value])
            for facet in OrganisationFormFacet
        ]
        self.fields["region"].choices = [
            ("", _("Välj region")),
            *((r.slug, r.name) for r in Region.objects.all()),
        ]
        self.fields["quality_area"].choices = [
            ("", _("Välj kvalitetsområde")),
            *((area.slug, area.name) for area in QualityArea.objects.filter(locale=locale)),
        ]
        self.fields["guides"].choices = [
            (str(guide.pk), guide.title)
            for guide in MethodGuidePage.objects.live().public().filter(locale=locale).order_by("title")
        ]
        for name in self.ATTACHMENT_FIELDS:
            field = self.fields[name]
            field.help_text = _("Valfri. PDF, DOCX eller ODT, högst 10 MB.")
            field.widget.attrs["accept"] = ".pdf,.docx,.odt,application/pdf"
        self.fields["website"].widget.attrs.update(tabindex="-1", autocomplete="off")
        self.describe_errors()

    # -- cleaning ---------------------------------------------------------------------------------------

    def clean_steps(self):
        text = self.cleaned_data["steps"]
        steps = []
        for number, block in enumerate(split_paragraphs(text), 1):
            lines = [line.strip() for line in block.splitlines() if line.strip()]
            title, description = lines[0], "\n".join(lines[1:])
            if len(title) > STEP_TITLE_MAX:
                raise forms.ValidationError(
                    _("Rubriken i steg %(number)d är längre än %(limit)d tecken. Skriv en kortare rubrik.")
                    % {"number": number, "limit": STEP_TITLE_MAX}
                )
            if not description:
                raise forms.ValidationError(
                    _("Steg %(number)d (%(title)s) saknar beskrivning. Skriv den på raden under rubriken.")
                    % {"number": number, "title": title}
                )
            steps.append({"title": title, "text": description})
        self.cleaned_steps = steps
        return text

    def clean_attachment(self, name):
        uploaded = self.cleaned_data.get(name)
        if not uploaded:
            return None
        if uploaded.size > MAX_ATTACHMENT_BYTES:
            raise forms.ValidationError(
                _("Filen %(name)s är %(size)s. En bilaga får vara högst 10 MB.")
                % {"name": uploaded.name, "size": filesizeformat(uploaded.size)}
            )
        try:
            kind = check_document(uploaded)
        except RefusedDocument as refused:
            raise forms.ValidationError(
                REFUSAL_MESSAGES.get(refused.reason, REFUSAL_MESSAGES["malformed"]) % {"name": uploaded.name},
                code=f"document_{refused.reason}",
            ) from None
        uploaded.detected_type = kind
        return uploaded

    def clean_attachment_1(self):
        return self.clean_attachment("attachment_1")

    def clean_attachment_2(self):
        return self.clean_attachment("attachment_2")

    def clean_attachment_3(self):
        return self.clean_attachment("attachment_3")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            # Not beside the field: people never see it. The message goes to the top of the form.
            self.add_error(
                None,
                forms.ValidationError(
                    _(
                        "Formuläret kunde inte skickas eftersom ett dolt fält var ifyllt. Det brukar betyda "
                        "att ett program har fyllt i formuläret automatiskt. Skriv in uppgifterna själv och "
                        "försök igen, eller mejla oss rutinen."
                    ),
                    code="honeypot",
                ),
            )
        return cleaned

    def is_spam(self):
        return any(error.code == "honeypot" for error in self.errors.as_data().get("__all__", []))

    def describe_errors(self):
        """Tie each field's help text and error to its input (aria-describedby), for screen readers."""
        errors = self._errors or {}  # never triggers validation (called from __init__ too)
        for name, field in self.fields.items():
            bound = self[name]
            described_by = []
            if field.help_text:
                described_by.append(f"{bound.auto_id}-help")
            if name in errors:
                described_by.append(f"{bound.auto_id}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)

    # -- results ----------------------------------------------------------------------------------------

    def attachments(self):
        return [self.cleaned_data[name] for name in self.ATTACHMENT_FIELDS if self.cleaned_data.get(name)]

    def error_count_text(self):
        count = sum(len(errors) for errors in self.errors.values())
        return ngettext(
            "Formuläret har %(count)d fel. Rätta det och skicka igen.",
            "Formuläret har %(count)d fel. Rätta dem och skicka igen.",
            count,
        ) % {"count": count}


def split_paragraphs(text):
    """Blocks of text separated by blank lines."""
    return [block.strip() for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if block.strip()]
