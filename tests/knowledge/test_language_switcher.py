"""The language switcher leads to the same page in the other language, or to that language's home page
with a clear note when the page is not translated."""

import pytest

from knowledge.models import StandardPage
from tests.factories import MethodGuidePageFactory, site_tree, translate_page


@pytest.fixture
def tree(db):
    return site_tree()


def test_switcher_and_hreflang_lead_to_the_translation(client, tree):
    guide = MethodGuidePageFactory(parent=tree.methods)
    english = translate_page(guide)
    html = client.get(guide.get_url()).content.decode()
    assert f'href="{english.get_url()}" lang="en" hreflang="en"' in html
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{english.get_url()}">' in html
    assert f'<link rel="alternate" hreflang="sv" href="http://testserver{guide.get_url()}">' in html


def test_untranslated_page_links_to_the_other_home_page_with_a_note(client, tree):
    home = tree.home
    english_home = translate_page(home)
    page = StandardPage(title="Bara på svenska", slug="bara-pa-svenska", intro="Finns inte på engelska.")
    home.add_child(instance=page)
    page.save_revision().publish()

    html = client.get(page.get_url()).content.decode()
    assert f'href="{english_home.get_url()}?not_translated=1"' in html
    assert 'class="language-switcher__note"' in html  # the note, in the switcher, says why
    assert 'hreflang="en"' not in html.split("</head>")[0]  # no alternate for a missing translation

    notice = client.get(english_home.get_url() + "?not_translated=1").content.decode()
    assert '<div class="notice container" role="status">' in notice
    assert (
        '<div class="notice container" role="status">'
        not in client.get(english_home.get_url()).content.decode()
    )
