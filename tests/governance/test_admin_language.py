"""The admin speaks one language per user: the project's own interface text (the msgids of locale/, Swedish,
and their English translations) shows in Swedish to an editor whose admin language is Swedish and in English
to one whose admin language is English, on the screens each role works in. Content (page titles, workflow
and region names) stays in the language it was written in."""

import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.users.models import UserProfile

from governance.models import LocaleTranslators, RegionRoles
from governance.roles import NATIONAL_EDITORS
from methods.models import ExampleRoutinePage, MethodGuidePage

from .conftest import make_user

CATALOG = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{[^}]*\}|<[^>]+>")


def phrases(texts):
    """The literal parts of interface strings that are at least three words long: shorter ones (a single
    "Region", "Status") are words that content and both languages share."""
    found = set()
    for text in texts:
        for part in PLACEHOLDER.split(text):
            part = " ".join(part.split()).strip(" .,:;–-")
            if len(part.split()) >= 3:
                found.add(part)
    return found


def interface_phrases():
    entries = [entry for entry in polib.pofile(str(CATALOG)) if entry.msgstr and entry.msgstr != entry.msgid]
    swedish = phrases(entry.msgid for entry in entries)
    english = phrases(entry.msgstr for entry in entries)
    # A phrase that is the same in both languages (a name) says nothing about the language shown.
    return swedish - english, english - swedish


def screen_text(response):
    soup = BeautifulSoup(response.content, "html.parser")
    for tag in soup(["script", "style", "template"]):
        tag.decompose()
    labels = [
        element[attribute]
        for attribute in ("aria-label", "title", "placeholder")
        for element in soup.find_all(attrs={attribute: True})
    ]
    return " ".join([soup.get_text(" ", strip=True), *labels])


def with_admin_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def screens(content):
    guide = MethodGuidePage.objects.filter(locale=content["sv"]).first()
    routine = ExampleRoutinePage.objects.filter(locale=content["sv"], region__slug="skane").first()
    return {
        "national": [
            "/admin/",
            reverse("governance_translation_report"),
            reverse("search_query_report"),
            reverse("routine_submissions:index"),
            reverse("wagtailadmin_pages:edit", args=[guide.pk]),
            reverse("wagtailadmin_pages:edit", args=[guide.get_translation(content["en"]).pk]),
            reverse("wagtailadmin_pages:edit", args=[routine.pk]),
        ],
        "coordinator": ["/admin/", reverse("routine_submissions:index")],
        "translator": [
            "/admin/",
            reverse("wagtailadmin_pages:edit", args=[guide.get_translation(content["en"]).pk]),
        ],
    }


@pytest.mark.parametrize("language", ["sv", "en"])
def test_each_role_sees_the_projects_admin_text_in_its_own_language(client, content, language):
    swedish, english = interface_phrases()
    other_language = english if language == "sv" else swedish
    own_language = swedish if language == "sv" else english
    groups = {
        "national": Group.objects.get(name=NATIONAL_EDITORS),
        "coordinator": RegionRoles.objects.get(region__slug="skane").coordinators,
        "translator": LocaleTranslators.objects.get(locale__language_code="en").group,
    }
    leaks, seen = {}, {}
    for role, urls in screens(content).items():
        client.force_login(with_admin_language(make_user(f"{role}-{language}", groups[role]), language))
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            text = screen_text(response)
            found = sorted(phrase for phrase in other_language if phrase in text)
            if found:
                leaks[f"{role} {url}"] = found
            seen[role] = seen.get(role, 0) + sum(phrase in text for phrase in own_language)
    assert leaks == {}
    # And the check looks at screens that do show the project's text, in the user's language.
    assert all(seen[role] >= 2 for role in groups), seen


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Choose another quality area", "Edit this legal source"]),
        ("sv", ["Redigera kvalitetsområde", "Redigera rättskälla"]),
    ],
)
def test_snippet_choosers_speak_the_editors_language(client, content, language, expected):
    """Wagtail's snippet chooser fixed its texts at start-up, for everyone (knowledge/admin_choosers.py)."""
    guide = MethodGuidePage.objects.filter(locale=content["sv"], legal_source_links__isnull=False).first()
    editor = make_user(f"editor-{language}", Group.objects.get(name=NATIONAL_EDITORS))
    client.force_login(with_admin_language(editor, language))
    text = screen_text(client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])))
    assert all(phrase in text for phrase in expected), text
