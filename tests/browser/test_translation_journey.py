"""The translation journey in Chromium, through the admin's own screens: a national editor translates a new
guide into English and gives it an English address; the translator translates every segment in
wagtail-localize's editor (the address is not one of them) and submits it for review; the editor approves; the
English page is live only then."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, WorkflowState

from governance.models import LocaleTranslators
from governance.roles import NATIONAL_EDITORS
from methods.models import MethodGuidePage, MethodIndexPage

PASSWORD = "journey-password-1"
GUIDE_TITLE = "Resan: veckovis uppföljning med deltagaren"
ENGLISH = (
    "The journey: weekly follow-up with the participant",
    "The supervisor and the participant go through the week's goals.",
    "The participant always knows the next step.",
)
SWEDISH_SLUG = "resan-veckovis-uppfoljning"
ENGLISH_SLUG = "weekly-follow-up"


@pytest.fixture(scope="module")
def journey(site, django_db_blocker):
    """Committed data the served site can see: two people in the real groups and a new Swedish guide."""
    User = get_user_model()
    with django_db_blocker.unblock():
        editor = User.objects.create_user("journey-editor", "editor@example.invalid", PASSWORD)
        editor.groups.add(Group.objects.get(name=NATIONAL_EDITORS))
        translator = User.objects.create_user("journey-translator", "translator@example.invalid", PASSWORD)
        translator.groups.add(LocaleTranslators.objects.get(locale__language_code="en").group)
        sv = Locale.objects.get(language_code="sv")
        index = MethodIndexPage.objects.get(locale=sv)
        model = MethodGuidePage.objects.filter(locale=sv).first()
        guide = MethodGuidePage(
            title=GUIDE_TITLE,
            slug=SWEDISH_SLUG,
            locale=sv,
            summary="Handledaren och deltagaren går igenom veckans mål.",
            purpose="<p>Deltagaren vet alltid vad nästa steg är.</p>",
            quality_area=model.quality_area,
        )
        index.add_child(instance=guide)
        guide.save_revision().publish()
    try:
        yield {"guide_id": guide.pk}
    finally:
        with django_db_blocker.unblock():
            pages = Page.objects.filter(translation_key=guide.translation_key)
            WorkflowState.objects.filter(
                object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)]
            ).delete()
            for page in pages.filter(depth__gt=1).order_by("-locale_id"):
                page.delete()
            User.objects.filter(username__startswith="journey-").delete()


def log_in(page, site, username):
    page.goto(f"{site.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_translation_goes_live_only_after_approval(site, open_page, journey, artifacts):
    guide_id = journey["guide_id"]

    # 1. The national editor asks for an English translation of the new guide.
    editor = open_page(1280, locale="sv-SE")
    log_in(editor, site, "journey-editor")
    editor.goto(f"{site.url}/admin/localize/submit/page/{guide_id}/")
    editor.get_by_label("English").check()
    editor.locator("form input[type=submit]").click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    english_id = int(re.search(r"/admin/pages/(\d+)/edit/", editor.url).group(1))
    assert english_id != guide_id

    # The editor, who may publish, gives the English page its own address: the slug is shown as the Swedish
    # page's value, to override ("Redigera", type, "Spara").
    editor.locator(".js-translation-editor button").first.wait_for()
    slug_text = editor.get_by_text(SWEDISH_SLUG, exact=True)
    panel_id = (
        editor.locator(".js-translation-editor section[id^=tab-]")
        .filter(has=slug_text)
        .last.get_attribute("id")
    )
    editor.locator(f'[role=tab][aria-controls="{panel_id}"]').click()
    editor.locator("li li").filter(has=slug_text).get_by_role(
        "button", name=re.compile(r"^(Edit|Redigera)$")
    ).click()
    # The only field being edited in that tab is the slug's.
    panel = editor.locator(f"#{panel_id}")
    panel.locator("textarea").fill(ENGLISH_SLUG)
    with editor.expect_response(lambda response: "/overrides/" in response.url) as saved:
        panel.get_by_role("button", name=re.compile(r"^(Save|Spara)$")).click()
    assert saved.value.status == 201
    editor.screenshot(path=str(artifacts / "screenshots" / "translation-editor-slug-override-1280.png"))

    # 2. The translator translates every segment in the translation editor, then submits it.
    translator = open_page(1280, locale="sv-SE")
    log_in(translator, site, "journey-translator")
    translator.goto(f"{site.url}/admin/pages/{english_id}/edit/")
    assert translator.get_by_role("button", name="Skicka till granskning").is_visible()
    # The editor's buttons follow the admin language of the browser (Swedish here, English otherwise).
    translate_buttons = translator.get_by_role("button", name=re.compile(r"^(Translate|Översätt)$"))
    translator.locator(".js-translation-editor button").first.wait_for()
    # The editor's footer, rendered: no "Convert to alias page" (it would publish the Swedish text).
    assert translator.locator(".js-translation-editor footer").count() == 1
    assert translator.get_by_text(re.compile("Convert to alias|Konvertera till alias")).count() == 0
    # The address is not the translator's: the slug is not in their editor at all.
    assert translator.get_by_text(SWEDISH_SLUG, exact=True).count() == 0
    # The segments in the editor's order: title and summary (first tab), purpose.
    english = iter(ENGLISH)
    tabs = translator.locator(".js-translation-editor [role=tab]")
    for number in range(max(tabs.count(), 1)):
        if tabs.count():
            tabs.nth(number).click()
        while translate_buttons.count():
            translate_buttons.first.click()
            field = translator.locator(".js-translation-editor textarea").first
            field.fill(next(english))
            translator.get_by_role("button", name=re.compile(r"^(Save|Spara)$")).first.click()
            field.wait_for(state="detached")
    translator.screenshot(
        path=str(artifacts / "screenshots" / "translation-editor-translator-1280.png"), full_page=True
    )
    translator.get_by_role("button", name="Skicka till granskning").click()
    translator.wait_for_load_state()
    assert "skickad till granskning" in translator.content()

    # Not live yet: the English address the editor gave finds nothing.
    reader = open_page(1280)
    english_url = f"{site.url}/en/method-guides/{ENGLISH_SLUG}/"
    assert reader.goto(english_url).status == 404

    # 3. The editor approves in the review panel; the page is published.
    editor.goto(f"{site.url}/admin/pages/{english_id}/edit/")
    editor.screenshot(
        path=str(artifacts / "screenshots" / "translation-editor-reviewer-1280.png"), full_page=True
    )
    editor.get_by_role("button", name="Godkänn och publicera").click()
    editor.wait_for_load_state()

    # 4. Now the English page is live, in English.
    assert reader.goto(english_url).status == 200
    assert ENGLISH[0] in reader.content() and ENGLISH[1] in reader.content()
    reader.screenshot(path=str(artifacts / "screenshots" / "translation-journey-live-en-1280.png"))
