from datetime import date

import pytest

from quality_system.documents.action_plan import (
    ActionPlanDocument,
    AreaResult,
    HelpLink,
    PlannedAction,
    render_docx,
    render_pdf,
)

from .documents import docx_text, pdf_pages, pdf_text


def plan(language="sv", actions=None):
    return ActionPlanDocument(
        organisation="Föreningen Gröna Händer i Östra Ärla",
        organisation_form="Ideell förening",
        size_band="1–9 anställda",
        language=language,
        made_on=date(2026, 11, 29),
        results=[
            AreaResult("Styrning och ledning", "Grundnivå", ["Kvalitetspolicy"], ["Rutinförteckning"]),
            AreaResult("Avvikelser och klagomål", "Inte påbörjat", [], ["Avvikelserutin"]),
        ],
        actions=actions
        if actions is not None
        else [
            PlannedAction(
                "Styrning och ledning",
                "Rutinförteckning",
                "Upprätta en rutinförteckning med ägare.",
                responsible="Åsa Öberg",
                due=date(2027, 2, 1),
                help=[HelpLink("Styrning och kvalitetspolicy", "https://example.org/sv/metoder/styrning/")],
            ),
            PlannedAction(
                "Avvikelser och klagomål",
                "Avvikelserutin",
                "Anta en rutin för avvikelser.",
                required_by="SOSFS 2011:9",
            ),
        ],
    )


def test_action_plan_docx_has_organisation_results_actions_and_decision_block():
    text = docx_text(render_docx(plan()))
    assert "Föreningen Gröna Händer i Östra Ärla" in text
    assert "Resultat per kvalitetsområde" in text
    assert "Inte påbörjat" in text
    assert "Upprätta en rutinförteckning med ägare." in text
    assert "Åsa Öberg" in text
    assert "2027-02-01" in text
    assert "https://example.org/sv/metoder/styrning/" in text
    assert "Krav enligt SOSFS 2011:9" in text
    assert "Beslutad av styrelsen den" in text and "protokoll §" in text


def test_action_plan_headings_follow_the_readers_language():
    text = docx_text(render_docx(plan("en")))
    assert "Results per quality area" in text
    assert "Decided by the board on" in text
    assert "Resultat per kvalitetsområde" not in text


@pytest.mark.parametrize("language", ["sv", "en"])
def test_action_plan_pdf_is_a4_with_extractable_text(language):
    data = render_pdf(plan(language))
    assert data.startswith(b"%PDF")
    page = pdf_pages(data)[0]
    # A4 is 595 x 842 points.
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = pdf_text(data)
    assert "Föreningen Gröna Händer i Östra Ärla" in text
    assert "Åsa Öberg" in text


def test_action_plan_without_actions_says_so():
    assert "Inga åtgärder valda." in docx_text(render_docx(plan(actions=[])))
