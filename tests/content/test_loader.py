from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from glossary.models import GlossaryTermPage
from knowledge.models import OrganisationForm, QualityArea
from methods.models import ExampleRoutinePage, MethodGuidePage
from starter.files import load_content


def counts():
    return {
        "pages": Page.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "forms": OrganisationForm.objects.count(),
        "areas": QualityArea.objects.count(),
    }


def test_loader_is_idempotent(content):
    before = counts()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    assert counts() == before


def test_every_starter_page_exists_in_swedish_and_english(content):
    files = load_content()
    for model, expected in ((MethodGuidePage, len(files.guides)), (GlossaryTermPage, len(files.terms))):
        assert model.objects.live().filter(locale=content["sv"]).count() == expected
        assert model.objects.live().filter(locale=content["en"]).count() == expected
    sv_routines = ExampleRoutinePage.objects.live().filter(locale=content["sv"]).count()
    assert sv_routines >= 12
    assert ExampleRoutinePage.objects.live().filter(locale=content["en"]).count() == sv_routines


def test_english_pages_are_wagtail_localize_translations_with_translated_segments(content):
    guide = MethodGuidePage.objects.get(locale=content["sv"], slug="avvikelsehantering")
    translation = Translation.objects.get(
        source__object_id=guide.translation_key, target_locale=content["en"]
    )
    progress_total, progress_done = translation.get_progress()
    assert progress_total > 20
    assert progress_done == progress_total
    english = guide.get_translation(content["en"])
    assert english.slug == "deviation-handling"
    assert english.title != guide.title


def test_english_guides_keep_the_swedish_organisation_form_tags(content):
    guide = MethodGuidePage.objects.get(locale=content["sv"], slug="avvikelsehantering")
    english = guide.get_translation(content["en"])
    assert set(english.organisation_forms.values_list("slug", flat=True)) == set(
        guide.organisation_forms.values_list("slug", flat=True)
    )
