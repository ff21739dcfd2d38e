"""The loader takes its languages from settings: it translates into the configured languages the content
has text for, and refuses content written in another source language than the site's."""

import pytest
from django.test import override_settings

from starter.files import ContentError
from starter.loader import StarterContentLoader
from starter.translation import StringPairs

pytestmark = pytest.mark.django_db


def loader():
    # Built without reading content/: these tests only exercise the language set-up.
    instance = StarterContentLoader.__new__(StarterContentLoader)
    instance.stdout, instance.created, instance.translated = None, 0, 0
    return instance


@override_settings(WAGTAIL_CONTENT_LANGUAGES=[("sv", "Svenska"), ("en", "English"), ("ar", "العربيّة")])
def test_translations_go_to_the_configured_languages_the_content_has():
    configured = loader()
    configured.load_locales()
    assert configured.source.language_code == "sv"
    assert [locale.language_code for locale in configured.targets] == ["en"]  # no Arabic text in content/


@override_settings(WAGTAIL_CONTENT_LANGUAGES=[("sv", "Svenska")])
def test_a_site_in_swedish_only_gets_no_translations():
    swedish_only = loader()
    swedish_only.load_locales()
    assert swedish_only.targets == []


@override_settings(LANGUAGE_CODE="en")
def test_content_in_another_source_language_than_the_sites_is_refused():
    with pytest.raises(ContentError, match="LANGUAGE_CODE"):
        loader().load_locales()


def test_pairs_give_each_segment_its_text_in_the_asked_language():
    pairs = StringPairs("test")
    assert pairs.line({"sv": "Avvikelse", "en": "Deviation"}) == "Avvikelse"
    pairs.field("slug", {"sv": "avvikelse", "en": "deviation"})
    assert pairs.text_for("en", "title", "Avvikelse") == "Deviation"
    assert pairs.text_for("en", "slug", "avvikelse") == "deviation"
    assert pairs.text_for("en", "title", "Okänd") is None


def test_the_same_source_text_with_two_translations_is_refused():
    pairs = StringPairs("guides/x.yaml")
    pairs.line({"sv": "Plan", "en": "Plan"})
    with pytest.raises(ContentError, match="guides/x.yaml: 'Plan' has two different translations"):
        pairs.line({"sv": "Plan", "en": "Schedule"})


def test_rich_text_paragraphs_must_pair_up():
    with pytest.raises(ContentError, match="paragraphs do not pair up"):
        StringPairs("x").rich_text({"sv": "Ett.\n\nTvå.", "en": "One."})
