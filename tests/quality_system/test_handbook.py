"""The quality handbook builder: pre-selection from the query string, the minimum path and the provider flag;
one DOCX or PDF handbook; bad input refused with a message; nothing stored."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from methods.models import ExampleRoutinePage, MethodGuidePage
from quality_system.models import HandbookPage, TemplatePage
from tests.helpers import page_in

from .documents import docx_text, pdf_text

URL = {"sv": "/sv/kvalitetshandbok/", "en": "/en/quality-handbook/"}


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def checked(response, name):
    return {box["value"] for box in soup_of(response).select(f'input[name="{name}"][checked]')}


def ids(model, language, *slugs):
    return [str(page_in(model, language, slug=slug).pk) for slug in slugs]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_handbook_page_is_in_the_menu_in_both_languages(client, content, language):
    response = client.get(URL[language])
    assert response.status_code == 200
    assert page_in(HandbookPage, language).show_in_menus
    assert soup_of(response).select_one(f'nav a[href="{URL[language]}"]') is not None


def test_without_a_selection_the_minimum_path_is_preselected(client, content):
    response = client.get(URL["sv"])
    assert checked(response, "routine") == set(
        ids(ExampleRoutinePage, "sv", "faststallande-av-rutiner", "inskrivning-av-deltagare")
        + ids(ExampleRoutinePage, "sv", "hantering-av-avvikelser", "klagomalshantering")
    )
    assert checked(response, "guide") == set()


def test_preselection_follows_the_query_string(client, content):
    guide = ids(MethodGuidePage, "en", "deviation-handling")
    routine = ids(ExampleRoutinePage, "en", "supervision-meetings")
    template = ids(TemplatePage, "en", "progression-scale")
    response = client.get(
        URL["en"],
        {
            "organisation": "Gröna Händer",
            "form": "ideell-forening",
            "size": "1-9",
            "guide": guide,
            "routine": routine,
            "template": template,
        },
    )
    assert response.status_code == 200
    assert checked(response, "guide") == set(guide)
    assert checked(response, "routine") == set(routine)
    assert checked(response, "template") == set(template)
    soup = soup_of(response)
    assert soup.select_one("#id_organisation")["value"] == "Gröna Händer"
    assert soup.select_one("#id_form option[selected]")["value"] == "ideell-forening"
    assert soup.select_one("#id_size option[selected]")["value"] == "1-9"


def test_provider_flag_preselects_what_the_regulations_require(client, content):
    routine = ids(ExampleRoutinePage, "sv", "handledarsamtal")
    plain = client.get(URL["sv"], {"routine": routine})
    provider = client.get(URL["sv"], {"routine": routine, "provider": "1"})
    required = set(ids(ExampleRoutinePage, "sv", "hantering-av-avvikelser", "klagomalshantering"))
    assert not required & checked(plain, "routine")
    assert required | set(routine) <= checked(provider, "routine")
    assert set(ids(TemplatePage, "sv", "lex-sarah-rapport")) <= checked(provider, "template")
    assert "SOSFS 2011:9" in soup_of(provider).find("main").get_text(" ")
    assert soup_of(provider).select_one("#id_provider").has_attr("checked")


def test_unknown_ids_in_a_link_are_dropped_with_a_notice(client, content):
    routine = ids(ExampleRoutinePage, "sv", "handledarsamtal")
    response = client.get(URL["sv"], {"routine": routine + ["999999", "abc"]})
    assert response.status_code == 200
    assert checked(response, "routine") == set(routine)
    assert "999999" in soup_of(response).find("main").get_text(" ")


def download(client, language, output, **params):
    return client.get(URL[language], {"format": output, **params})


def test_docx_handbook_has_the_organisation_routines_templates_and_adoption(client, content):
    routines = [
        str(page_in(ExampleRoutinePage, "sv", slug=s).pk)
        for s in ("klagomalshantering", "hantering-av-avvikelser")
    ]
    response = download(
        client,
        "sv",
        "docx",
        organisation="Föreningen Ödegården i Åre",
        routine=routines,
        template=ids(TemplatePage, "sv", "avvikelserapport"),
        guide=ids(MethodGuidePage, "sv", "avvikelsehantering"),
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.docx"')
    text = docx_text(response.content)
    assert "Föreningen Ödegården i Åre" in text
    for routine in routines:
        assert ExampleRoutinePage.objects.get(pk=routine).title in text
    assert "Kvalitetspolicy" in text and "Rutinförteckning" in text
    assert "Avvikelserapport" in text
    assert "Beslutad av styrelsen den" in text


def test_pdf_handbook_in_english_has_extractable_text(client, content):
    response = download(
        client,
        "en",
        "pdf",
        organisation="Östra Ängby Cooperative",
        routine=ids(ExampleRoutinePage, "en", "complaints-handling"),
    )
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Östra Ängby Cooperative" in text
    assert page_in(ExampleRoutinePage, "en", slug="complaints-handling").title in text
    assert "Routine register" in text


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"organisation": "Å" * 10_000}, "högst 200 tecken"),
        ({"organisation": "<b>Föreningen</b>"}, "får inte innehålla tecknen < och >"),
        ({"organisation": "Föreningen", "routine": ["999999"]}, "Några valda sidor finns inte"),
        ({"organisation": "Föreningen", "routine": []}, "Välj minst en handledning, rutin eller mall"),
        ({"organisation": ""}, "Skriv organisationens namn"),
        ({"organisation": "Föreningen", "format": "exe"}, "Word (DOCX) eller PDF"),
    ],
)
def test_bad_input_gets_a_clear_400_and_stores_nothing(client, content, params, message):
    params = {"format": "docx", "routine": ids(ExampleRoutinePage, "sv", "klagomalshantering"), **params}
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL["sv"], params)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert message in soup_of(response).select_one("#problems").get_text(" ")
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
