"""Organisation forms on a routine in the reader's language, grouped by facet (the real English taxonomy).

The listing filters are tested on pages built for each test in test_listing_filters.py."""

from methods.models import ExampleRoutinePage


def test_organisation_forms_are_shown_in_the_readers_language_grouped_by_facet(client, content):
    routine = (
        ExampleRoutinePage.objects.live()
        .filter(locale=content["en"], organisation_form_items__tag__slug="svb-bolag")
        .first()
    )
    html = client.get(routine.get_url()).content.decode()
    assert "Legal form" in html
    assert "Limited company with special dividend restriction (SVB)" in html
    assert "Activity type" in html
