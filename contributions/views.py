"""Serving the "Share a routine" page: show the form, check it, store the routine, confirm."""

from django import forms
from django.http import HttpResponseRedirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from methods.models import RoutineIndexPage

from . import ratelimit
from .emails import send_receipt
from .forms import ShareRoutineForm
from .submission import submit_routine

SENT_PARAMETER = "skickad"
# The receipt names the routine to the person who sent it (kept in their session, shown once), never in the
# address, so the title is not in logs or shared links.
SENT_TITLE_KEY = "shared_routine_title"


def render(page, request, form, *, status=200, notice=None, sent=False, sent_title="", files_were_sent=False):
    context = page.get_context(request)
    context.update(
        form=form,
        notice=notice,
        sent=sent,
        sent_title=sent_title,
        routines_page=RoutineIndexPage.objects.live().filter(locale=page.locale).first() if sent else None,
        files_were_sent=files_were_sent or bool(request.FILES),
    )
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    # A personal form: never cached by a proxy.
    response["Cache-Control"] = "private, no-store"
    return response


def typed_again(data, locale):
    """An unbound form showing what was typed: nothing is lost, and no field is marked wrong for a problem
    that was not the person's typing."""
    form = ShareRoutineForm(locale=locale)
    form.initial = {
        name: data.getlist(name) if isinstance(field, forms.MultipleChoiceField) else data.get(name)
        for name, field in form.fields.items()
        if name in data and not isinstance(field, forms.FileField)
    }
    return form


def serve_share_page(page, request):
    if request.method != "POST":
        sent = request.GET.get(SENT_PARAMETER) == "1"
        title = request.session.pop(SENT_TITLE_KEY, "") if sent else ""
        return render(page, request, ShareRoutineForm(locale=page.locale), sent=sent, sent_title=title)

    if not ratelimit.reserve(request):
        # The typed text is shown again, unchecked, so nothing is lost while waiting.
        notice = _(
            "Ni har skickat in flera rutiner på kort tid från samma adress. Vänta en timme och försök igen, "
            "eller mejla rutinen till oss. Det ni har skrivit finns kvar nedan."
        )
        return render(page, request, typed_again(request.POST, page.locale), status=429, notice=notice)

    form = ShareRoutineForm(request.POST, request.FILES, locale=page.locale)  # reads the body
    refused = getattr(request, "refused_upload", None)
    if refused is not None:
        # The upload handler stopped reading at the oversized file (contributions/uploads.py); it counts.
        notice = _(
            "Filen %(name)s är större än %(limit)s, så vi slutade ta emot den. En bilaga får vara högst "
            "10 MB. Det ni har skrivit finns kvar nedan: välj mindre filer, kryssa i samtycket igen och "
            "skicka."
        ) % {"name": refused.file_name, "limit": filesizeformat(refused.limit)}
        form = typed_again(request.POST, page.locale)
        return render(page, request, form, status=413, notice=notice, files_were_sent=True)

    if not form.is_valid():
        # Submissions that carried files count towards the limit (checking them is the expensive part),
        # and so do the honeypot's catches; a mistake in the typed fields alone gives its place back.
        if not (form.is_spam() or request.FILES):
            ratelimit.release(request)
        form.describe_errors()
        return render(page, request, form, status=400)

    submission = submit_routine(form, page)
    send_receipt(submission, page)  # after the submission's transaction has committed
    request.session[SENT_TITLE_KEY] = form.cleaned_data["title"]
    return HttpResponseRedirect(f"{page.url}?{SENT_PARAMETER}=1", status=303)
