"""What the privacy page and the share-a-routine consent text promise is what the code does."""

import re

from bs4 import BeautifulSoup
from django.conf import settings
from django.test import override_settings

from contributions.models import ShareRoutinePage
from knowledge.models import StandardPage

MONTHS = {"tolv": 12, "twelve": 12}


def text_of(client, page):
    return BeautifulSoup(client.get(page.url).content, "html.parser").get_text(" ", strip=True)


def promised_months(text):
    """Every 'N månader/months' stated next to the submitter's e-mail address."""
    found = re.findall(r"(tolv|twelve) (?:månader|months)", text)
    return {MONTHS[word] for word in found}


def test_privacy_page_and_consent_text_state_the_retention_the_purge_enforces(client, content):
    enforced_months = round(settings.SUBMISSION_RETENTION_DAYS / 30.4)
    for language, slug in (("sv", "integritet"), ("en", "privacy")):
        privacy = StandardPage.objects.live().get(locale=content[language], slug=slug)
        share = ShareRoutinePage.objects.live().get(locale=content[language])
        assert promised_months(text_of(client, privacy)) == {enforced_months}
        assert promised_months(text_of(client, share)) == {enforced_months}


def test_the_privacy_page_says_honestly_when_no_controller_is_set(client, content):
    privacy = StandardPage.objects.live().get(locale=content["sv"], slug="integritet")
    with override_settings(DATA_CONTROLLER=""):
        assert "ännu ingen juridisk person" in text_of(client, privacy)


def test_the_privacy_page_names_the_controller_the_operator_set(client, content):
    privacy = StandardPage.objects.live().get(locale=content["en"], slug="privacy")
    with override_settings(DATA_CONTROLLER="Föreningen Kvalitetsnavet, org.nr 802000-0000"):
        text = text_of(client, privacy)
    assert "Föreningen Kvalitetsnavet, org.nr 802000-0000" in text
    assert "does not yet have a legal person" not in text
