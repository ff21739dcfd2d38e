"""Example routines say honestly who wrote them: the editors' examples are labelled as examples with invented
details, and a contributed routine names the organisation that shared it."""

from bs4 import BeautifulSoup

from methods.models import ExampleRoutinePage
from tests.factories import ExampleRoutinePageFactory, site_tree


def header_text(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return soup.find("header", class_="guide__header").get_text(" ", strip=True)


def test_every_editorial_example_is_labelled_as_written_by_the_editors(client, content):
    routines = ExampleRoutinePage.objects.live().filter(locale=content["sv"])
    assert routines.exists()
    for routine in routines:
        assert routine.editorial_example
        text = header_text(client, routine)
        assert "exempel som Kvalitetsnavets redaktion har skrivit" in text
        assert "påhittat exempeldatum" in text
        assert "Delad av" not in text
        english = header_text(client, routine.get_translation(content["en"]))
        assert "an example written by the Kvalitetsnavet editorial team" in english
        assert "Shared by" not in english


def test_a_contributed_routine_names_the_organisation_that_shared_it(client, db):
    section = site_tree().section()
    routine = ExampleRoutinePageFactory(
        parent=section, region=section.region, editorial_example=False, organisation_name="Föreningen Returen"
    )
    text = header_text(client, routine)
    assert "Delad av" in text
    assert "Föreningen Returen" in text
    assert "redaktion har skrivit" not in text
    assert "påhittat" not in text
