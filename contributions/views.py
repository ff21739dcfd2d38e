"""Serving the "Share a routine" page: show the form, check it, store the routine, confirm."""

from django.http import HttpResponseRedirect
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


def render(page, request, form, *, status=200, notice=None, sent=False, sent_title=""):
    context = page.get_context(request)
    context.update(
        form=form,
        notice=notice,
        sent=sent,
        sent_title=sent_title,
        routines_page=RoutineIndexPage.objects.live().filter(locale=page.locale).first() if sent else None,
        files_were_sent=bool(request.FILES),
    )
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    # A personal form: never cached by a proxy.
    response["Cache-Control"] = "private, no-store"
    return response


def serve_share_page(page, request):
    if request.method != "POST":
        sent = request.GET.get(SENT_PARAMETER) == "1"
        title = request.session.pop(SENT_TITLE_KEY, "") if sent else ""
        return render(page, request, ShareRoutineForm(locale=page.locale), sent=sent, sent_title=title)

    if ratelimit.is_limited(request):
        # The typed text is shown again, unchecked, so nothing is lost while waiting.
        form = ShareRoutineForm(request.POST, locale=page.locale)
        notice = _(
            "Ni har skickat in flera rutiner på kort tid från samma adress. Vänta en timme och försök igen, "
            "eller mejla rutinen till oss. Det ni har skrivit finns kvar nedan."
        )
        return render(page, request, form, status=429, notice=notice)

    form = ShareRoutineForm(request.POST, request.FILES, locale=page.locale)
    if not form.is_valid():
        if form.is_spam():
            ratelimit.record_attempt(request)
        form.describe_errors()
        return render(page, request, form, status=400)

    submission = submit_routine(form, page)
    ratelimit.record_attempt(request)
    send_receipt(submission, page)  # after the submission's transaction has committed
    request.session[SENT_TITLE_KEY] = form.cleaned_data["title"]
    return HttpResponseRedirect(f"{page.url}?{SENT_PARAMETER}=1", status=303)
