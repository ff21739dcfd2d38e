"""The shared taxonomy in the admin: editors manage the controlled vocabularies here."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from .admin_choosers import TranslatedChooserSnippetViewSet
from .models import LegalSource, OrganisationForm, QualityArea, Region


class OrganisationFormViewSet(TranslatedChooserSnippetViewSet):
    model = OrganisationForm
    icon = "tag"
    menu_label = _("Organisationsformer")
    list_display = ["name", "facet", "slug"]
    list_filter = ["facet", "locale"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("facet"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]


class QualityAreaViewSet(TranslatedChooserSnippetViewSet):
    model = QualityArea
    icon = "folder-open-inverse"
    menu_label = _("Kvalitetsområden")
    list_display = ["name", "slug"]
    list_filter = ["locale"]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]


class RegionViewSet(TranslatedChooserSnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regioner")
    list_display = ["name", "slug"]
    panels = [FieldPanel("name"), FieldPanel("slug")]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (OrganisationFormViewSet, QualityAreaViewSet, RegionViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomi")
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)


class LegalSourceViewSet(TranslatedChooserSnippetViewSet):
    model = LegalSource
    icon = "doc-full"
    menu_label = _("Rättskällor")
    menu_name = "legal-sources"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "number", "last_checked"]
    list_filter = ["locale"]
    search_fields = ["name", "number"]


register_snippet(LegalSourceViewSet)
