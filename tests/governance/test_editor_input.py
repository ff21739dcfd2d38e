"""What editors type in the page editor: an organisation form that does not exist is refused with a message
(not silently dropped), and slugs made for them are ASCII like the starter content's ("volontarer", not
"volontärer")."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from knowledge.page_forms import ControlledTagField
from methods.models import MethodGuidePage


@pytest.fixture
def guide_form(content, users):
    guide = MethodGuidePage.objects.filter(locale=content["sv"]).first()
    form_class = MethodGuidePage.get_edit_handler().get_form_class()
    return form_class(instance=guide, for_user=users["national"])


def test_a_typed_organisation_form_that_does_not_exist_is_refused(guide_form):
    field = guide_form.fields["organisation_forms"]
    assert isinstance(field, ControlledTagField)
    with translation.override("sv"), pytest.raises(ValidationError) as refused:
        field.clean('"Ideell förening", Påhittad form')
    assert "Okänd organisationsform: Påhittad form" in str(refused.value)
    assert field.clean('"Ideell förening"') == ["Ideell förening"]


def test_slugs_made_from_titles_are_ascii(guide_form):
    # The editor's slug field turns "Volontärer" into "volontarer" (Wagtail's urlify, with unicode off).
    assert guide_form.fields["slug"].widget.attrs["data-w-slug-allow-unicode-value"] is False


def test_a_translated_slug_is_ascii(client, users, content):
    from .test_translation_workflow import new_guide, translate

    guide = new_guide(content, slug="volontärer")  # typed by hand: the model allows it
    client.force_login(users["national"])
    translate(client, guide, content["en"])
    english = guide.get_translation(content["en"])
    assert english.slug == "volontarer"
