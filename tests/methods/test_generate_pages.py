"""The benchmark's page generator: realistic routines in both languages, topped up idempotently."""

from django.core.management import call_command

from methods.models import ExampleRoutinePage


def generated():
    return ExampleRoutinePage.objects.filter(slug__startswith="genererad-")


def test_generate_pages_tops_up_to_the_count_and_is_idempotent(content):
    call_command("generate_pages", count=6, stdout=open("/dev/null", "w"))
    assert generated().count() == 6
    call_command("generate_pages", count=6, stdout=open("/dev/null", "w"))
    assert generated().count() == 6
    page = generated().first()
    assert page.live and page.title and page.summary and page.quality_area.locale_id == page.locale_id
    assert page.organisation_forms.count() == 2
    assert {p.locale.language_code for p in generated()} <= {"sv", "en"}
