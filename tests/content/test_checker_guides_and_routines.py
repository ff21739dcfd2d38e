"""The content checker, fed bad guides, routines, taxonomy and pages: each mistake an editor can make in the
YAML is named with its file and field, and nothing is loaded."""

import shutil

import pytest
import yaml

from starter.files import CONTENT_DIR, ContentError, load_content

GUIDE = "guides/06-avvikelsehantering.yaml"
ROUTINE = "routines/arlig-uppfoljning-av-sam.yaml"


@pytest.fixture
def content_copy(tmp_path):
    """A private copy of content/ that a test may break."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


def problems_after(content_dir, path, change):
    file = content_dir / path
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    change(data)
    file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_content(content_dir)
    return str(raised.value)


def set_key(key, value):
    def change(data):
        data[key] = value

    return change


def drop_key(*keys):
    def change(data):
        for key in keys[:-1]:
            data = data[key]
        del data[keys[-1]]

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (drop_key("title", "en"), "06-avvikelsehantering.yaml.title: needs exactly the keys ('sv', 'en')"),
        (set_key("summary", {"sv": "En\nrad för mycket", "en": "One"}), "summary.sv: must be a single line"),
        (
            set_key("purpose", {"sv": "Ett stycke.\n\nTvå stycken.", "en": "One paragraph."}),
            "purpose: sv has 2 paragraphs, en has 1: they must pair up one to one",
        ),
        (set_key("quality_area", "finns-inte"), "unknown quality_area 'finns-inte'"),
        (set_key("organisation_forms", ["ideell-forening", "pahittad"]), "unknown reference 'pahittad'"),
        (set_key("related_terms", ["inget-sadant-begrepp"]), "unknown reference 'inget-sadant-begrepp'"),
        (set_key("checklist", []), "06-avvikelsehantering.yaml: needs a checklist"),
        (set_key("steps", []), "steps: needs at least one step"),
        (set_key("next_review", "snart"), "next_review: must be an ISO date (YYYY-MM-DD), got 'snart'"),
        (set_key("sol_lss_providers", "ja"), "sol_lss_providers: must be true or false, got 'ja'"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_bad_guide_is_named_with_its_field(content_copy, change, message):
    assert message in problems_after(content_copy, GUIDE, change)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (set_key("region", "atlantis"), "unknown region 'atlantis'"),
        (set_key("size_band", "jättestor"), "size_band must be one of"),
        (set_key("version", 1.2), 'version must be quoted text, e.g. "1.2"'),
        (set_key("review_interval_months", "varje år"), "review_interval_months must be a whole number"),
        (set_key("editorial_example", "kanske"), "editorial_example must be true"),
        (set_key("guides", ["ingen-sadan-handledning"]), "unknown reference 'ingen-sadan-handledning'"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_bad_routine_is_named_with_its_field(content_copy, change, message):
    assert message in problems_after(content_copy, ROUTINE, change)


def test_an_organisation_form_needs_a_known_facet(content_copy):
    def change(taxonomy):
        taxonomy["organisation_forms"][0]["facet"] = "storlek"

    assert "facet must be one of ('legal_form', 'activity_type')" in problems_after(
        content_copy, "taxonomy.yaml", change
    )


def test_pages_need_standard_pages(content_copy):
    assert "pages.yaml: needs standard_pages" in problems_after(
        content_copy, "pages.yaml", set_key("standard_pages", [])
    )


def test_a_file_that_is_not_a_mapping_is_refused(content_copy):
    (content_copy / "guides" / "99-lista.yaml").write_text("- bara\n- en lista\n", encoding="utf-8")
    with pytest.raises(ContentError, match="guides/99-lista.yaml: must be a mapping of fields"):
        load_content(content_copy)


def test_every_problem_is_listed_in_one_run(content_copy):
    def two_mistakes(data):
        data["quality_area"] = "finns-inte"
        data["next_review"] = "snart"

    message = problems_after(content_copy, GUIDE, two_mistakes)
    assert "unknown quality_area" in message and "next_review: must be an ISO date" in message
