"""The real glossary: every term in content/glossary/ is listed on the Swedish index."""

from glossary.models import GlossaryIndexPage
from starter.files import load_content
from tests.helpers import first_page


def test_the_swedish_glossary_lists_every_term_in_the_content_files(client, content):
    response = client.get(first_page(GlossaryIndexPage, "sv").get_url())
    listed = {term.slug for _letter, terms in response.context["groups"] for term in terms}
    assert listed == {term["slug"]["sv"] for term in load_content().terms}
