"""wagtail-localize lets anyone with "submit_translation" translate any object into any language. These views
narrow that to what the user's Wagtail permissions allow:

- a page may be translated into a language only if the user may edit the page's parent in that language
  (translators: their language's tree; coordinators: their region's section and the national content they
  may propose changes to);
- a snippet (the taxonomy) may be translated only by someone who may change that snippet type.

They replace wagtail-localize's own views at the same addresses (wagtail_hooks.py registers them first,
which is why "governance" comes before "wagtail_localize" in INSTALLED_APPS; a test checks it).
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Locale
from wagtail.snippets.permissions import get_permission_name
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
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
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

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
