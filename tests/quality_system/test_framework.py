"""The self-assessment framework: complete in both languages, checked when it is wrong, loaded once."""

import copy
from io import StringIO

import pytest
from django.core.management import call_command

from quality_system.models import Criterion, CriterionLink, FrameworkArea
from starter.files import Checker, load_content


def test_every_area_has_3_to_6_criteria_with_three_described_levels_in_sv_and_en(content):
    for locale in (content["sv"], content["en"]):
        areas = FrameworkArea.objects.filter(locale=locale)
        assert areas.count() == 10
        for area in areas:
            criteria = Criterion.objects.filter(
                locale=locale, area__translation_key=area.quality_area.translation_key
            )
            assert 3 <= criteria.count() <= 6, area
            for criterion in criteria:
                levels = criterion.levels()
                assert [level for level, *_ in levels] == [0, 1, 2]
                assert all(description and evidence for _, description, evidence in levels), criterion.slug


def test_english_criteria_are_translations_not_copies(content):
    sv = Criterion.objects.get(locale=content["sv"], slug="kvalitetspolicy-och-mandat")
    en = sv.get_translation(content["en"])
    assert en.title == "The board has decided on quality work"
    assert en.basic != sv.basic
    assert en.area.locale == content["en"]


def test_criteria_link_the_guides_routines_and_terms_that_help(content):
    criterion = Criterion.objects.get(locale=content["sv"], slug="avvikelser-rapporteras")
    titles = {link.page.slug for link in criterion.links.all()}
    assert {"avvikelsehantering", "hantering-av-avvikelser", "avvikelse"} <= titles
    assert criterion.template_slug_list() == ["avvikelserapport"]


def test_loading_twice_adds_nothing(content):
    before = (Criterion.objects.count(), CriterionLink.objects.count(), FrameworkArea.objects.count())
    call_command("load_demo_content", stdout=StringIO())
    assert (Criterion.objects.count(), CriterionLink.objects.count(), FrameworkArea.objects.count()) == before


def test_minimum_path_is_a_handful(content):
    small = Criterion.objects.filter(locale=content["sv"], minimum_path=True).count()
    assert 5 <= small <= 12


# -- the content checker refuses bad framework files ------------------------------------------------------


@pytest.fixture(scope="module")
def good():
    return load_content()


def problems(content):
    return Checker(content).check()


def criterion(content, area=0, index=0):
    return content.framework["areas"][area]["criteria"][index]


def test_the_real_framework_files_pass(good):
    assert problems(good) == []


@pytest.mark.parametrize(
    "damage, expected",
    [
        (lambda c: criterion(c)["levels"].pop("developed"), "levels needs exactly"),
        (lambda c: criterion(c)["levels"]["basic"]["evidence"].pop("en"), "levels.basic.evidence"),
        (lambda c: criterion(c).update(guides=["finns-inte"], routines=[]), "unknown reference 'finns-inte'"),
        (lambda c: criterion(c).update(terms=["okand-term"]), "unknown reference 'okand-term'"),
        (lambda c: criterion(c).update(templates=["Inte En Slug"]), "must be a list of slugs"),
        (lambda c: criterion(c, 1).update(slug=criterion(c, 0)["slug"]), "used by another criterion"),
        (lambda c: c.framework["areas"][0]["criteria"].__delitem__(slice(1, None)), "needs 3 to 6 criteria"),
        (lambda c: c.framework["areas"].pop(), "no file for the quality area"),
        (
            lambda c: c.framework["areas"][0]["crosswalk"].update(iso_14001={"sv": "x", "en": "x"}),
            "unknown framework",
        ),
        (lambda c: criterion(c).update(minimum_path="ja"), "minimum_path must be true or false"),
        (lambda c: criterion(c)["form_advice"][0].update(forms=["kommun"]), "unknown reference 'kommun'"),
        (lambda c: c.framework["page"]["levels"].pop("basic"), "levels.basic"),
    ],
)
def test_the_checker_names_what_is_wrong(good, damage, expected):
    broken = copy.deepcopy(good)
    damage(broken)
    found = problems(broken)
    assert any(expected in problem for problem in found), found


def test_national_editors_may_edit_the_framework_but_not_saved_assessments(content):
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="Nationella redaktörer")
    codenames = set(
        group.permissions.filter(content_type__app_label="quality_system").values_list("codename", flat=True)
    )
    assert {"change_criterion", "add_criterion", "change_frameworkarea"} <= codenames
    assert not any("savedassessment" in codename for codename in codenames)


def test_criteria_are_listed_and_editable_in_the_admin(admin_client, content):
    sv = Criterion.objects.get(locale=content["sv"], slug="egenkontroll")
    assert admin_client.get("/admin/snippets/quality_system/criterion/").status_code == 200
    assert admin_client.get(f"/admin/snippets/quality_system/criterion/edit/{sv.pk}/").status_code == 200
