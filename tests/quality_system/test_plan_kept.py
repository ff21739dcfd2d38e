"""Going back to change the answers keeps what the reader did to the action plan: their text, responsible
person, date, order and removals for criteria still below the target; closed gaps drop out and new gaps get
their proposed action. All through the pages' own forms, as a reader without JavaScript posts them."""

from bs4 import BeautifulSoup

from .test_assessment import SV_URL, answers, profile


def form_data(response, selector):
    """What the browser would post from the form: hidden and text inputs, textareas, checked radios."""
    form = BeautifulSoup(response.content, "html.parser").select_one(selector)
    assert form is not None, selector
    data = {}
    for field in form.select("input[name], textarea[name]"):
        kind = field.get("type", "text")
        if kind in ("submit", "file") or (kind == "radio" and not field.has_attr("checked")):
            continue
        data[field["name"]] = field.text if field.name == "textarea" else field.get("value", "")
    return data


def plan_row_number(data, slug):
    rows = [key.split("-")[1] for key, value in data.items() if key.endswith("-criterion") and value == slug]
    return rows[0]


def test_changing_the_answers_keeps_the_readers_plan(client, content):
    gaps = ("introduktion", "avvikelser-rapporteras", "klagomal-tas-emot", "egenkontroll")
    start = {**profile(), **answers(content, 1, **dict.fromkeys(gaps, 0)), "target": "1", "op": "result"}
    result = client.post(SV_URL, start)
    assert [row.criterion for row in result.context["state"].plan] == list(gaps)

    # The reader edits one action, moves the third one up, then removes the first one.
    data = form_data(result, "form.plan-form")
    row = plan_row_number(data, "klagomal-tas-emot")
    data[f"plan-{row}-action"] = "Styrelsen läser alla klagomål på vårt nästa möte."
    data[f"plan-{row}-responsible"] = "Kassören Åsa"
    data[f"plan-{row}-due"] = "2027-03-31"
    moved = client.post(SV_URL, {**data, "op": "up-2"})
    data = form_data(moved, "form.plan-form")
    removed = client.post(SV_URL, {**data, "op": f"remove-{plan_row_number(data, 'avvikelser-rapporteras')}"})
    assert [row.criterion for row in removed.context["state"].plan] == [
        "introduktion",
        "klagomal-tas-emot",
        "egenkontroll",
    ]

    # "Ändra svaren": the questions show the earlier answers, and the reader changes two of them.
    questions = client.post(SV_URL, {**form_data(removed, "form.plan-form"), "op": "questions"})
    assert questions.status_code == 200
    data = form_data(questions, "form.assessment-form")
    assert data["level_klagomal-tas-emot"] == "0"
    data["level_introduktion"] = "1"  # this gap closes
    data["level_arlig-genomgang"] = "0"  # a new gap
    again = client.post(SV_URL, {**data, "op": "result"})

    plan = again.context["state"].plan
    assert [row.criterion for row in plan] == ["klagomal-tas-emot", "egenkontroll", "arlig-genomgang"]
    edited = plan[0]
    assert edited.action == "Styrelsen läser alla klagomål på vårt nästa möte."
    assert edited.responsible == "Kassören Åsa" and edited.due.isoformat() == "2027-03-31"
    # The removed action stays removed although its criterion is still below the target.
    assert "avvikelser-rapporteras" not in [row.criterion for row in plan]
    assert plan[2].action.startswith("Boka en årlig genomgång av kvalitetsarbetet")
    html = again.content.decode()
    assert "Kassören Åsa" in html and "2027-03-31" in html


def test_an_untouched_proposal_follows_the_new_answer(client, content):
    start = {**profile(), **answers(content, 2, **{"klagomal-tas-emot": 0}), "target": "2", "op": "result"}
    result = client.post(SV_URL, start)
    assert result.context["state"].plan[0].action.startswith("Ta fram en klagomålsblankett")
    questions = client.post(SV_URL, {**form_data(result, "form.plan-form"), "op": "questions"})
    data = form_data(questions, "form.assessment-form")
    data["level_klagomal-tas-emot"] = "1"
    plan = client.post(SV_URL, {**data, "op": "result"}).context["state"].plan
    # Still below the target (utvecklad nivå), and the text was ours: it now proposes the next step.
    assert [row.criterion for row in plan] == ["klagomal-tas-emot"]
    assert plan[0].action.startswith("Gå igenom alla klagomål varje år")


def test_a_made_up_basis_is_refused(client, content):
    data = {**profile(), **answers(content, 1), "plan": "1", "plan-basis": "finns-inte", "op": "result"}
    response = client.post(SV_URL, data)
    assert response.status_code == 400
    assert "Det finns inget kriterium som heter finns-inte" in response.content.decode()
