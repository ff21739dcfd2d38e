"""The content checker refuses template files (content/templates/) that do not follow content/README.md, and
names the file and field so an editor can fix them."""

import shutil

import pytest
import yaml

from starter.files import CONTENT_DIR, ContentError, load_content


@pytest.fixture
def content_copy(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


def edit(content_dir, slug, change):
    path = content_dir / "templates" / f"{slug}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def problems(content_dir):
    with pytest.raises(ContentError) as error:
        load_content(content_dir)
    return str(error.value)


def test_the_real_templates_pass_the_checker():
    assert len(load_content().templates) >= 12


def test_unknown_block_type_is_named(content_copy):
    edit(content_copy, "avvikelserapport", lambda d: d["body"].append({"type": "video"}))
    assert "avvikelserapport.yaml.body[6]: type must be one of" in problems(content_copy)


def test_missing_english_is_named(content_copy):
    edit(content_copy, "klagomalsblankett", lambda d: d["body"][0]["items"][0].pop("en"))
    assert "klagomalsblankett.yaml.body[1].items[1]: needs exactly the keys" in problems(content_copy)


def test_unknown_guide_reference_is_named(content_copy):
    edit(content_copy, "deltagarenkat", lambda d: d["used_in"]["guides"].append("finns-inte"))
    assert "deltagarenkat.yaml.used_in.guides: unknown reference 'finns-inte'" in problems(content_copy)


def test_scale_needs_at_least_two_steps(content_copy):
    edit(
        content_copy, "stegforflyttningsskala", lambda d: d["body"][1].update(steps=d["body"][1]["steps"][:1])
    )
    assert "a scale needs at least two steps" in problems(content_copy)


def test_file_name_must_be_the_swedish_slug(content_copy):
    (content_copy / "templates" / "kvalitetspolicy.yaml").rename(content_copy / "templates" / "policy.yaml")
    assert "policy.yaml: file name must be the Swedish slug" in problems(content_copy)


def test_handbook_must_name_known_templates(content_copy):
    path = content_copy / "quality_system" / "handbook.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["provider"]["templates"].append("okand-mall")
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert "handbook.yaml:provider.templates: unknown reference 'okand-mall'" in problems(content_copy)
