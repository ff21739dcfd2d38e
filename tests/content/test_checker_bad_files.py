"""The content checker, fed bad files: legal sources and citations, term sources, synonyms, routine labels."""

import shutil

import pytest
import yaml

from starter.citations import cited_slugs, slug_for_number
from starter.files import CONTENT_DIR, ContentError, load_content


@pytest.fixture
def content_copy(tmp_path):
    """A private copy of content/ that a test may break."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


def edit(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def problems(content_dir):
    with pytest.raises(ContentError) as raised:
        load_content(content_dir)
    return str(raised.value)


def test_the_real_content_cites_only_laws_in_the_register():
    content = load_content()
    assert len(content.legal_sources) >= 20


def test_a_guide_citing_a_law_that_is_not_in_the_register_fails(content_copy):
    guide = content_copy / "guides" / "09-systematiskt-arbetsmiljoarbete.yaml"

    def cite_unknown(data):
        data["legal_basis"]["sv"] += " Se även lagen (1982:673)."

    edit(guide, cite_unknown)
    assert "sfs-1982-673" in problems(content_copy)


def test_a_guide_citing_a_registered_law_without_listing_it_fails(content_copy):
    guide = content_copy / "guides" / "09-systematiskt-arbetsmiljoarbete.yaml"
    edit(guide, lambda data: data["legal_sources"].remove("afs-2023-2"))
    found = problems(content_copy)
    assert "09-systematiskt-arbetsmiljoarbete.yaml" in found
    assert "afs-2023-2" in found


def test_a_reference_to_a_source_missing_from_the_register_fails(content_copy):
    routine = next((content_copy / "routines").glob("*.yaml"))
    edit(routine, lambda data: data["legal_sources"].append("sfs-1999-999"))
    assert "unknown reference 'sfs-1999-999'" in problems(content_copy)


def test_a_glossary_term_without_a_linked_source_fails(content_copy):
    term = content_copy / "glossary" / "sroi.yaml"

    def unlink(data):
        data.pop("source_url")
        data["legal_sources"] = []

    edit(term, unlink)
    assert "sroi.yaml: needs a source with a link" in problems(content_copy)


def test_a_register_entry_whose_slug_does_not_follow_its_number_fails(content_copy):
    source = content_copy / "legal_sources" / "sfs-1977-1160.yaml"
    edit(source, lambda data: data.update(number="SFS 1977:1161"))
    assert "slug must be 'sfs-1977-1161'" in problems(content_copy)


def test_a_register_entry_must_link_to_the_official_publisher(content_copy):
    source = content_copy / "legal_sources" / "afs-2023-2.yaml"
    edit(source, lambda data: data.update(url="https://www.example.com/afs-2023-2"))
    assert "www.av.se" in problems(content_copy)


def test_a_check_date_must_be_a_date_when_it_is_given(content_copy):
    edit(content_copy / "legal_sources" / "sfs-2008-567.yaml", lambda data: data.update(checked="nyss"))
    assert "checked: must be an ISO date" in problems(content_copy)


def test_a_synonym_that_the_term_is_confused_with_fails(content_copy):
    term = content_copy / "glossary" / "arbetstraning.yaml"

    def confuse(data):
        data["confused_with"] = ["praktik"]
        data["synonyms"]["sv"].append("praktik")

    edit(term, confuse)
    assert "'praktik', which it is confused_with" in problems(content_copy)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("enligt lagen (2000:625) om den arbetsmarknadspolitiska verksamheten", {"sfs-2000-625"}),
        ("AFS 2023:2 gäller, inte AFS 2023:1", {"afs-2023-1", "afs-2023-2"}),
        ("dataskyddsförordningen (EU) 2016/679", {"eu-2016-679"}),
        ("SOSFS 2011:9 och HSLF-FS 2016:40", {"sosfs-2011-9", "hslf-fs-2016-40"}),
        ("ISO 9001:2015, SOU 2024:40 och prop. 2017/18:232", set()),
    ],
)
def test_citations_are_recognised_by_their_official_number(text, expected):
    assert cited_slugs(text) == expected


def test_register_slugs_are_derived_from_the_number():
    assert slug_for_number("SFS 1977:1160") == "sfs-1977-1160"
    assert slug_for_number("(EU) 2016/679") == "eu-2016-679"
    assert slug_for_number("HSLF-FS 2016:40") == "hslf-fs-2016-40"


def test_a_contributed_routine_without_the_contributors_consent_fails(content_copy):
    routine = content_copy / "routines" / "handledarsamtal.yaml"

    def contributed(data):
        data["editorial_example"] = False
        data["organisation"] = "Föreningen Returen"

    edit(routine, contributed)
    assert "handledarsamtal.yaml: a contributed routine needs contributor_consent: true" in problems(
        content_copy
    )
