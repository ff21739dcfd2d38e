"""Each role's next step on the dashboard and in the reports: the translator's pages to translate, the
national editors' translation status report, the review panel for every reviewed page type, and the panel of
routines waiting, titled for whoever reads it."""

import csv
import io

from django.urls import reverse
from wagtail_localize.models import StringTranslation

from glossary.models import GlossaryTermPage
from governance.translation_workflow import translation_for_page
from methods.models import MethodGuidePage

from .test_governance import set_review, waiting_routine
from .test_translation_workflow import new_guide, translate


def dashboard(client, user):
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def panel(html, heading):
    assert heading in html, heading
    return html.split(heading, 1)[1].split("</table>", 1)[0]


def test_translator_sees_a_page_never_translated(client, users, content):
    guide = new_guide(content)
    work = panel(dashboard(client, users["translator"]), "Sidor att översätta")
    assert guide.title in work and "Aldrig översatt" in work
    assert reverse("wagtail_localize:submit_page_translation", args=[guide.pk]) in work


def test_translator_sees_untranslated_segments_with_the_share_done(client, users, content):
    guide = new_guide(content)
    client.force_login(users["national"])
    translate(client, guide, content["en"])
    english = guide.get_translation(content["en"])
    translation = translation_for_page(english)
    StringTranslation.objects.filter(
        translation_of__segments__source=translation.source, locale=content["en"]
    ).delete()
    work = panel(dashboard(client, users["translator"]), "Sidor att översätta")
    assert "Oöversatta textavsnitt" in work and "0 %" in work
    assert reverse("wagtailadmin_pages:edit", args=[english.pk]) in work


def test_translator_sees_a_page_whose_source_changed_since_the_sync(client, users, content):
    english = MethodGuidePage.objects.live().filter(locale=content["en"]).order_by("pk").first()
    source = english.get_translation(content["sv"])
    source.save_revision().publish()  # republished, text unchanged: nothing for the translator
    assert english.title not in dashboard(client, users["translator"])
    source.summary = source.summary + " En ny mening."
    source.save_revision().publish()  # published after its text was last synced
    work = panel(dashboard(client, users["translator"]), "Sidor att översätta")
    assert english.title in work and "Utdaterad" in work


def test_national_editors_get_an_exportable_translation_report(client, users, content):
    guide = new_guide(content)
    client.force_login(users["national"])
    response = client.get(reverse("governance_translation_report"), {"language": "en", "status": "missing"})
    assert response.status_code == 200
    assert guide.title in response.content.decode()
    export = client.get(reverse("governance_translation_report"), {"language": "en", "export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    statuses = {row["Sida"]: row["Läge"] for row in rows}
    assert statuses[guide.title] == "saknas"
    assert "publicerad" in statuses.values()
    xlsx = client.get(reverse("governance_translation_report"), {"export": "xlsx"})
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith("application/vnd.openxml")


def test_review_panel_lists_glossary_terms_too(client, users, content):
    term = GlossaryTermPage.objects.live().filter(locale=content["sv"]).first()
    set_review(term, users["national"], -2)
    assert term.title in panel(dashboard(client, users["national"]), "Dina sidor att granska")


def test_waiting_routines_panel_is_titled_for_national_editors(client, users, content):
    routine = waiting_routine("stockholm", content)
    html = dashboard(client, users["national"])
    assert routine.title in panel(html, "Inskickade rutiner som väntar på granskning")
    assert "väntar i din region" not in html


def test_translator_is_told_when_nothing_waits(client, users, content):
    html = dashboard(client, users["translator"])
    assert "Sidor att översätta" in html and "Inget väntar på dig just nu" in html
