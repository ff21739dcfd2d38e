"""From the self-assessment to the documents and tools built on it: the action plan downloads with the
reader's own edits, and the links to templates and the handbook builder."""

from urllib.parse import parse_qs, urlparse

import pytest

from quality_system.models import HandbookPage, TemplatePage

from .documents import docx_text, pdf_text
from .test_assessment import answers, post, profile


@pytest.fixture
def plan_post(content):
    data = {**profile(), **answers(content, 2, **{"avvikelser-rapporteras": 0}), "target": "1"}
    data.update(
        {
            "plan": "1",
            "plan-0-criterion": "avvikelser-rapporteras",
            "plan-0-action": "Styrelsen antar en avvikelserutin för vår verksamhet i Östra Ärla",
            "plan-0-responsible": "Åsa Öberg",
            "plan-0-due": "2027-03-31",
        }
    )
    return data


def test_action_plan_downloads_as_docx_with_the_readers_edits(client, plan_post):
    response = post(client, {**plan_post, "op": "docx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    text = docx_text(response.content)
    for expected in ("Föreningen Åkerö", "avvikelserutin för vår verksamhet i Östra Ärla", "Åsa Öberg"):
        assert expected in text


def test_action_plan_downloads_as_a_pdf_with_extractable_text(client, plan_post):
    response = post(client, {**plan_post, "op": "pdf"})
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert "Föreningen Åkerö" in text and "Åsa Öberg" in text


def test_results_link_the_templates_that_help(client, content):
    data = {**profile(), **answers(content, 2, **{"avvikelser-rapporteras": 0}), "op": "result"}
    html = post(client, data).content.decode()
    template = TemplatePage.objects.get(locale=content["sv"], slug="avvikelserapport")
    assert f'href="{template.url}"' in html


def test_handbook_link_preselects_the_pages_for_the_gaps(client, content):
    data = {**profile(provider="1"), **answers(content, 2, **{"avvikelser-rapporteras": 0}), "op": "result"}
    url = post(client, data).context["handbook_url"]
    handbook = HandbookPage.objects.get(locale=content["sv"])
    assert url.startswith(handbook.url + "?")
    query = parse_qs(urlparse(url).query)
    assert query["organisation"] == ["Föreningen Åkerö"] and query["provider"] == ["1"]
    template = TemplatePage.objects.get(locale=content["sv"], slug="avvikelserapport")
    assert query["template"] == [str(template.pk)]
    assert len(query["guide"]) == 1 and len(query["routine"]) == 1
    # The handbook builder accepts the pre-selection.
    assert client.get(url).status_code == 200


def test_english_readers_get_english_pages_in_the_links(client, content):
    data = {**profile(), **answers(content, 2, **{"avvikelser-rapporteras": 0}), "op": "result"}
    response = post(client, data, url="/en/self-assessment/")
    url = response.context["handbook_url"]
    assert url.startswith(HandbookPage.objects.get(locale=content["en"]).url)
    template = TemplatePage.objects.get(locale=content["sv"], slug="avvikelserapport").get_translation(
        content["en"]
    )
    assert parse_qs(urlparse(url).query)["template"] == [str(template.pk)]
    assert f'href="{template.url}"' in response.content.decode()
