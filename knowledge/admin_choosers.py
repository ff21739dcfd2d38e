"""Snippet choosers whose button texts follow each editor's admin language.

Wagtail's ``AdminSnippetChooser`` formats "Choose %(object)s", "Choose another %(object)s" and "Edit this
%(object)s" once, when the snippet is registered at start-up with no language active, and every form reuses
that widget: every editor saw "Choose kvalitetsområde" and "Edit this rättskälla", whatever their language.
Here the texts are formatted when the widget is rendered, in the language of the request. Snippet viewsets
whose model is chosen in forms (a foreign key to it) use ``TranslatedChooserSnippetViewSet``.
"""

from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.snippets.widgets import AdminSnippetChooser


def _in_admin_language(text, model):
    # Both the text (Wagtail's msgid) and the model's verbose name are looked up when rendered.
    return lazy(lambda: gettext(text) % {"object": model._meta.verbose_name}, str)()


class TranslatedSnippetChooser(AdminSnippetChooser):
    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        self.choose_one_text = _in_admin_language("Choose %(object)s", model)
        self.choose_another_text = _in_admin_language("Choose another %(object)s", model)
        self.link_to_chosen_text = _in_admin_language("Edit this %(object)s", model)


class TranslatedSnippetChooserViewSet(SnippetChooserViewSet):
    @cached_property
    def widget_class(self):
        return TranslatedSnippetChooser(model=self.model, icon=self.icon)


class TranslatedChooserSnippetViewSet(SnippetViewSet):
    chooser_viewset_class = TranslatedSnippetChooserViewSet
