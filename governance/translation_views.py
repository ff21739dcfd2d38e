"""wagtail-localize lets anyone with "submit_translation" translate any object into any language. These views
narrow that to what the user's Wagtail permissions allow:

- a page may be translated into a language only if the user may edit the page's parent in that language
  (translators: their language's tree; coordinators: their region's section and the national content they
  may propose changes to);
- a snippet (the taxonomy) may be translated only by someone who may change that snippet type;
- converting a translation to an alias (which publishes the source over it) needs publish permission, and so
  does overriding a translated page's slug (its address; translators do not see it in the editor);
- an uploaded PO file that is missing or not this translation's gets a message, not a server error.

The translator's "Skicka till granskning" (submit_translation_for_review) is ours: translation_workflow.py.

They replace wagtail-localize's own views at the same addresses (wagtail_hooks.py registers them first,
which is why "governance" comes before "wagtail_localize" in INSTALLED_APPS; a test checks it).
"""

import tempfile

import polib
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import OverridableSegment, Translation
from wagtail_localize.views import convert as localize_convert
from wagtail_localize.views import edit_translation as localize_edit
from wagtail_localize.views.edit_translation import user_can_edit_instance
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)

from .page_actions import refuse
from .translation_workflow import (
    PUBLISHER_ONLY_OVERRIDES,
    NotReadyForReview,
    submit_translation,
    translation_for_page,
)


def translatable_locales(user, page):
    """The locales ``user`` may translate ``page`` into (whether or not a translation exists already)."""
    if user.is_superuser:
        return Locale.objects.all()
    parent = page.get_parent()
    allowed = []
    for locale in Locale.objects.exclude(pk=page.locale_id):
        target_parent = parent.get_translation_or_none(locale)
        if target_parent is not None and target_parent.permissions_for_user(user).can_edit():
            allowed.append(locale.pk)
    return Locale.objects.filter(pk__in=allowed)


class LocaleScopedSubmitPageTranslationView(SubmitPageTranslationView):
    # Signing in is Wagtail's: every admin URL, these too, is behind require_admin_access.
    def get_form(self):
        form = super().get_form()
        allowed = translatable_locales(self.request.user, self.object)
        if not allowed.exists():
            raise PermissionDenied
        # wagtail-localize already leaves out the languages the object is translated into.
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=allowed.values("pk"))
        return form


class TaxonomySubmitSnippetTranslationView(SubmitSnippetTranslationView):
    def dispatch(self, request, *args, **kwargs):
        model = get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
        if not request.user.has_perm(get_permission_name("change", model)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page" publishes the source language over the translation at once,
    yet it only checks edit permission: here it also needs permission to publish the page."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        return refuse(
            request,
            _("Bara den som får publicera sidan kan göra översättningen till ett alias: “%(title)s”.")
            % {"title": page.get_admin_display_title()},
        )
    return localize_convert.convert_to_alias(request, page_id)


def edit_override(request, translation_id, overridable_segment_id):
    """wagtail-localize lets anyone who may edit the translation override a synchronised field; a page's slug
    (its address) is for those who may publish the page. The value is slugified when the page is saved."""
    segment = get_object_or_404(
        OverridableSegment.objects.select_related("context"), id=overridable_segment_id
    )
    if segment.context.path in PUBLISHER_ONLY_OVERRIDES:
        target = get_object_or_404(Translation, id=translation_id).get_target_instance()
        if isinstance(target, Page) and not target.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
    return localize_edit.edit_override(request, translation_id, overridable_segment_id)


def po_file_problem(request, translation):
    """Why an uploaded PO file cannot be imported into ``translation`` (None if it can).

    wagtail-localize answers a missing file or one without its translation id with a server error; this
    turns those into the message it already gives for an unreadable file."""
    uploaded = request.FILES.get("file")
    if uploaded is None:
        return _("Välj en PO-fil att ladda upp.")
    # Parsed from a file: polib.pofile() reads a string that names an existing file as that file.
    with tempfile.NamedTemporaryFile(suffix=".po") as handle:
        handle.write(uploaded.read())
        handle.flush()
        uploaded.seek(0)
        try:
            po = polib.pofile(handle.name)
        except (OSError, UnicodeDecodeError, ValueError):
            return _("Filen är ingen giltig PO-fil.")
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        return _("PO-filen hör till en annan översättning. Ladda ner den här sidans PO-fil och översätt den.")
    return None


@require_POST
def upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    problem = po_file_problem(request, translation)
    if problem is not None:
        if not user_can_edit_instance(request.user, translation.get_target_instance()):
            raise PermissionDenied
        messages.error(request, problem)
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
    return localize_edit.upload_pofile(request, translation_id)


@require_POST
def submit_translation_for_review(request, page_id):
    """The translator's "Skicka till granskning": the translated page goes into its workflow as a draft."""
    page = get_object_or_404(Page, id=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    translation = translation_for_page(page)
    if translation is None:
        raise Http404
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    try:
        state = submit_translation(translation, request.user)
    except NotReadyForReview as missing:
        count = missing.args[0]
        messages.error(
            request,
            ngettext(
                "%(count)d textavsnitt är inte översatt än. Översätt det innan du skickar sidan "
                "till granskning.",
                "%(count)d textavsnitt är inte översatta än. Översätt dem innan du skickar sidan "
                "till granskning.",
                count,
            )
            % {"count": count},
        )
        return redirect(edit_url)
    if state is None:
        messages.warning(request, _("Sidan har inget granskningsflöde. Utkastet är sparat."))
    else:
        messages.success(
            request,
            _("“%(title)s” är skickad till granskning (%(workflow)s). Granskarna får ett meddelande.")
            % {"title": page.get_admin_display_title(), "workflow": state.workflow.name},
        )
    return redirect(edit_url)
