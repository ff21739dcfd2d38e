"""Slugs in the page editor, in Chromium: a typed "Volontärer" becomes "volontarer" when the editor leaves
the field (transliterated, not "volontrer"); a slug that reaches the server uncleaned is refused with a
message that names "volontarer", and nothing is saved (knowledge/page_slugs.py)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, PageLogEntry, Revision

from glossary.models import GlossaryIndexPage
from governance.roles import NATIONAL_EDITORS

PASSWORD = "slug-editor-password-1"


@pytest.fixture(scope="module")
def glossary_index(site, django_db_blocker):
    User = get_user_model()
    with django_db_blocker.unblock():
        editor = User.objects.create_user("slug-editor", "slug-editor@example.invalid", PASSWORD)
        editor.groups.add(Group.objects.get(name=NATIONAL_EDITORS))
        page = GlossaryIndexPage.objects.get(locale=Locale.objects.get(language_code="sv"))
        before = Page.objects.filter(pk=page.pk).values("latest_revision_id", "has_unpublished_changes")[0]
        last_revision = Revision.objects.order_by("-pk").values_list("pk", flat=True).first()
        last_log_entry = PageLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first()
    try:
        yield page
    finally:
        with django_db_blocker.unblock():
            # Wagtail's autosave may have saved the valid slug of the first test as a draft: undo it.
            Page.objects.filter(pk=page.pk).update(**before)
            Revision.objects.filter(pk__gt=last_revision).delete()
            PageLogEntry.objects.filter(pk__gt=last_log_entry).delete()
            User.objects.filter(username="slug-editor").delete()


def log_in(page, site):
    page.goto(f"{site.url}/admin/login/")
    page.fill("#id_username", "slug-editor")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_a_typed_slug_is_transliterated_when_leaving_the_field(site, open_page, glossary_index):
    page = open_page(1280, locale="sv-SE")
    log_in(page, site)
    page.goto(f"{site.url}/admin/pages/{glossary_index.pk}/edit/")
    page.get_by_role("tab", name="Marknadsför").click()
    slug = page.locator("#id_slug")
    slug.fill("Volontärer och Ö")
    slug.blur()
    assert slug.input_value() == "volontarer-och-o"


def test_a_slug_the_browser_did_not_clean_is_refused_with_a_message(
    site, open_page, glossary_index, artifacts
):
    """Pasted and saved at once, or sent by a script: the server refuses it, nothing is saved."""
    page = open_page(1280, locale="sv-SE")
    log_in(page, site)
    page.goto(f"{site.url}/admin/pages/{glossary_index.pk}/edit/")
    page.get_by_role("tab", name="Marknadsför").click()
    page.locator("#id_slug").evaluate("field => { field.value = 'volontärer'; }")
    page.get_by_role("button", name="Spara utkast").click()
    page.wait_for_load_state()
    page.get_by_role("tab", name="Marknadsför").click()
    message = page.locator(".error-message", has_text="volontarer").first
    assert "Skriv till exempel “volontarer”" in message.inner_text()
    message.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "screenshots" / "admin-slug-refused-1280.png"))
