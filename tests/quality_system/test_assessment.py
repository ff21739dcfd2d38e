"""The self-assessment as a reader uses it: plain form posts, no JavaScript, nothing stored until saved."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from quality_system.models import Criterion, SavedAssessment, SelfAssessmentPage

SV_URL = "/sv/sjalvskattning/"
EN_URL = "/en/self-assessment/"


@pytest.fixture
def page(content):
    return SelfAssessmentPage.objects.get(locale=content["sv"])


def profile(**extra):
    data = {"organisation": "Föreningen Åkerö", "form": "ideell-forening", "size": "10-24", "provider": "0"}
    data.update(extra)
    return data


def all_slugs(content):
    return list(Criterion.objects.filter(locale=content["sv"]).values_list("slug", flat=True))


def answers(content, level, **overrides):
    """Every criterion answered with ``level``, except the overrides."""
    data = {f"level_{slug}": str(level) for slug in all_slugs(content)}
    data.update({f"level_{slug}": str(value) for slug, value in overrides.items()})
    return data


def post(client, data, url=SV_URL, **kwargs):
    return client.post(url, data, **kwargs)


def test_page_is_in_the_menu_in_both_languages(client, content):
    for url, title in ((SV_URL, "Självskattning"), (EN_URL, "Self-assessment")):
        response = client.get(url)
        assert response.status_code == 200
        assert title in response.content.decode()
    home = client.get("/sv/").content.decode()
    assert f'href="{SV_URL}"' in home


def test_levels_are_defined_on_the_page(client, content):
    html = client.get(SV_URL).content.decode()
    assert 'id="nivaer"' in html
    assert "Grundnivå betyder att det viktigaste finns och används" in html


def test_small_organisations_get_the_minimum_path_and_can_ask_for_all(client, content):
    small = post(client, {**profile(size="inga-anstallda"), "op": "questions"}).content.decode()
    everyone = post(client, {**profile(), "op": "questions"}).content.decode()
    minimum = Criterion.objects.filter(locale=content["sv"], minimum_path=True, providers_only=False)
    assert small.count('class="criterion"') == minimum.count()
    assert (
        everyone.count('class="criterion"')
        == Criterion.objects.filter(locale=content["sv"], providers_only=False).count()
    )
    shown_all = post(client, {**profile(size="1-9"), "all": "1", "op": "questions"}).content.decode()
    assert shown_all.count('class="criterion"') == everyone.count('class="criterion"')


def test_a_foundation_is_told_its_board_is_not_elected_by_a_meeting(client, content):
    foundation = post(client, {**profile(form="stiftelse"), "op": "questions"}).content.decode()
    association = post(client, {**profile(), "op": "questions"}).content.decode()
    assert "En stiftelse har ingen stämma" in foundation
    assert "En stiftelse har ingen stämma" not in association
    assert "väljer medlemmarna styrelsen" in association


def test_legal_requirements_are_marked_only_for_sol_and_lss_providers(client, content):
    provider = post(client, {**profile(provider="1"), "op": "questions"}).content.decode()
    other = post(client, {**profile(provider="0"), "op": "questions"}).content.decode()
    assert "SOSFS 2011:9" in provider
    assert "SOSFS 2011:9" not in other
    # lex Sarah only concerns providers: the others are not asked about it at all.
    assert "lex Sarah" in provider
    assert "lex Sarah" not in other


def test_answers_give_the_expected_levels_and_actions(client, content):
    data = {
        **profile(),
        **answers(content, 2, **{"avvikelser-rapporteras": 0, "klagomal-tas-emot": 1}),
        "target": "1",
        "op": "result",
    }
    response = post(client, data)
    assert response.status_code == 200
    results = {area.area.slug: area for area in response.context["results"]}
    assert results["avvikelser-och-klagomal"].level == 0
    assert results["styrning-och-ledning"].level == 2
    plan = response.context["state"].plan
    # Only the criterion below the target (Grundnivå) gets an action, and it is the step to Grundnivå.
    assert [row.criterion for row in plan] == ["avvikelser-rapporteras"]
    assert plan[0].action.startswith("Inför en enkel avvikelserapport")
    html = response.content.decode()
    assert 'role="img"' in html and "<table>" in html
    assert "10.2" in html  # the crosswalk (ISO 9001 clause) is shown with the area


def test_a_higher_target_proposes_the_step_to_developed(client, content):
    data = {**profile(), **answers(content, 2, **{"klagomal-tas-emot": 1}), "target": "2", "op": "result"}
    plan = post(client, data).context["state"].plan
    assert [row.criterion for row in plan] == ["klagomal-tas-emot"]
    assert plan[0].action.startswith("Gå igenom alla klagomål varje år")


def test_the_plan_can_be_reordered_edited_and_trimmed_without_javascript(client, content):
    base = {**profile(), **answers(content, 0), "target": "1"}
    plan = post(client, {**base, "op": "result"}).context["state"].plan
    rows = {"plan": "1"}
    for number, row in enumerate(plan[:3]):
        rows.update({f"plan-{number}-criterion": row.criterion, f"plan-{number}-action": row.action})
    rows["plan-2-responsible"] = "Kassören"
    rows["plan-2-due"] = "2027-03-31"
    moved = post(client, {**base, **rows, "op": "up-2"}).context["state"].plan
    assert [row.criterion for row in moved] == [plan[0].criterion, plan[2].criterion, plan[1].criterion]
    assert moved[1].responsible == "Kassören" and moved[1].due.isoformat() == "2027-03-31"
    removed = post(client, {**base, **rows, "op": "remove-0"}).context["state"].plan
    assert [row.criterion for row in removed] == [plan[1].criterion, plan[2].criterion]


def test_saved_link_reopens_the_same_answers_and_deleting_makes_it_404(client, content):
    data = {**profile(), **answers(content, 1, **{"egenkontroll": 2}), "op": "save"}
    response = post(client, data)
    assert response.status_code == 303
    saved = SavedAssessment.objects.get()
    assert len(saved.token) >= 43  # 32 random bytes
    assert response["Location"] == f"{SV_URL}{saved.token}/"

    reopened = client.get(response["Location"])
    assert reopened.status_code == 200
    state = reopened.context["state"]
    assert state.organisation == "Föreningen Åkerö"
    assert state.levels["egenkontroll"] == 2 and state.levels["avslut-och-nasta-steg"] == 1
    # The same link works in the other language (on another device, say).
    assert client.get(f"{EN_URL}{saved.token}/").status_code == 200

    deleted = client.post(response["Location"], {"op": "delete"})
    assert deleted.status_code == 200
    assert not SavedAssessment.objects.exists()
    assert client.get(response["Location"]).status_code == 404


def test_saving_again_updates_the_same_link(client, content):
    first = post(client, {**profile(), **answers(content, 0), "op": "save"})
    token = SavedAssessment.objects.get().token
    post(client, {**profile(), **answers(content, 2), "token": token, "op": "save"})
    assert SavedAssessment.objects.count() == 1
    assert client.get(first["Location"]).context["state"].levels["egenkontroll"] == 2


def test_unknown_token_is_404(client, content):
    assert client.get(f"{SV_URL}{'x' * 43}/").status_code == 404
    assert client.post(f"{SV_URL}{'x' * 43}/", {"op": "delete"}).status_code == 404


@override_settings(SELF_ASSESSMENT_RETENTION_DAYS=30)
def test_retention_command_deletes_only_expired_and_is_idempotent(content):
    old = SavedAssessment.objects.create(data={})
    fresh = SavedAssessment.objects.create(data={})
    SavedAssessment.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=31))
    out = StringIO()
    call_command("purge_assessments", stdout=out)
    call_command("purge_assessments", stdout=out)
    assert list(SavedAssessment.objects.all()) == [fresh]
    assert "Raderade 1 " in out.getvalue() and "Raderade 0 " in out.getvalue()


def test_retention_period_is_stated_on_the_page(client, content):
    with override_settings(SELF_ASSESSMENT_RETENTION_DAYS=90):
        assert "90 dagar efter att den senast ändrades" in client.get(SV_URL).content.decode()


@pytest.mark.parametrize(
    "change, message",
    [
        ({"level_finns-inte": "1"}, "Det finns inget kriterium som heter finns-inte"),
        ({"level_egenkontroll": "3"}, "måste vara 0, 1 eller 2"),
        ({"level_egenkontroll": "-1"}, "måste vara 0, 1 eller 2"),
        ({"organisation": "Å" * 10_000}, "högst 200 tecken"),
        ({"organisation": "<script>alert(1)</script>"}, "får inte innehålla tecknen"),
        ({"size": "999"}, "Välj hur många anställda"),
        ({"form": "kommun"}, "Välj en organisationsform i listan"),
        ({"target": "0"}, "grundnivå eller utvecklad nivå"),
        ({"plan": "1", "plan-0-criterion": "okand", "plan-0-action": "x"}, "inget kriterium som heter okand"),
        (
            {"plan": "1", "plan-0-criterion": "egenkontroll", "plan-0-action": "x", "plan-0-due": "i morgon"},
            "ÅÅÅÅ-MM-DD",
        ),
    ],
)
@pytest.mark.parametrize("op", ["result", "save", "export", "docx"])
def test_bad_input_gets_a_clear_400_and_stores_nothing(client, content, change, message, op):
    response = post(client, {**profile(), **answers(content, 1), **change, "op": op})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "<script>alert" not in response.content.decode()
    assert not SavedAssessment.objects.exists()


def test_export_and_import_round_trip_without_storing(client, content):
    data = {**profile(provider="1"), **answers(content, 1, **{"lex-sarah": 0}), "op": "export"}
    exported = post(client, data)
    assert exported["Content-Disposition"].startswith("attachment")
    file = json.loads(exported.content)
    assert file["levels"]["lex-sarah"] == 0 and file["provider"] is True
    upload = SimpleUploadedFile("svar.json", exported.content, content_type="application/json")
    imported = client.post(EN_URL, {"op": "import", "file": upload})
    assert imported.status_code == 200
    assert imported.context["state"].levels == post(client, {**data, "op": "result"}).context["state"].levels
    assert "Lex Sarah in the Social Services Act" in imported.content.decode()
    assert not SavedAssessment.objects.exists()


@pytest.mark.parametrize(
    "payload",
    [
        b"not json",
        b"[]",
        json.dumps({"kvalitetsnavet_self_assessment": 1, "size": "1-9", "levels": {"x": 1}}).encode(),
    ],
)
def test_a_bad_file_is_refused_clearly(client, content, payload):
    upload = SimpleUploadedFile("svar.json", payload, content_type="application/json")
    response = client.post(SV_URL, {"op": "import", "file": upload})
    assert response.status_code == 400
    assert "error-summary" in response.content.decode()


def test_english_page_asks_in_english(client, content):
    html = post(client, {**profile(), "op": "questions"}, url=EN_URL).content.decode()
    assert "Has the board decided what quality means for you" in html
    assert "Har styrelsen beslutat" not in html
