"""Filtering the listings by organisation form, quality area and region, on pages built for each test."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import (
    ExampleRoutinePageFactory,
    MethodGuidePageFactory,
    OrganisationFormFactory,
    QualityAreaFactory,
    site_tree,
    tag,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return site_tree()


def shown(client, page, **params):
    response = client.get(page.get_url(), params)
    assert response.status_code == 200
    return {item.pk for item in response.context["items"]}


def test_org_form_filter_returns_only_tagged_routines(client, tree):
    asf, stiftelse = OrganisationFormFactory(), OrganisationFormFactory(facet="legal_form")
    section = tree.section()
    only_asf = tag(ExampleRoutinePageFactory(parent=section, region=section.region), asf)
    both = tag(ExampleRoutinePageFactory(parent=section, region=section.region), asf, stiftelse)
    only_stiftelse = tag(ExampleRoutinePageFactory(parent=section, region=section.region), stiftelse)

    assert shown(client, tree.routines, form=asf.slug) == {only_asf.pk, both.pk}
    assert shown(client, tree.routines, form=stiftelse.slug) == {both.pk, only_stiftelse.pk}
    assert shown(client, tree.routines) == {only_asf.pk, both.pk, only_stiftelse.pk}


def test_org_form_filter_on_method_guides(client, tree):
    form = OrganisationFormFactory()
    tagged = tag(MethodGuidePageFactory(parent=tree.methods), form)
    MethodGuidePageFactory(parent=tree.methods)
    assert shown(client, tree.methods, form=form.slug) == {tagged.pk}


def test_quality_area_and_region_filters_combine(client, tree):
    area, other_area = QualityAreaFactory(), QualityAreaFactory()
    north, south = tree.section(), tree.section()
    wanted = ExampleRoutinePageFactory(parent=north, region=north.region, quality_area=area)
    ExampleRoutinePageFactory(parent=north, region=north.region, quality_area=other_area)
    ExampleRoutinePageFactory(parent=south, region=south.region, quality_area=area)

    assert shown(client, tree.routines, area=area.slug, region=north.region.slug) == {wanted.pk}


@pytest.mark.parametrize("params", [{"form": "finns-inte"}, {"area": "<script>"}, {"region": "x" * 500}])
def test_unknown_filter_value_gives_a_clear_400_page(client, tree, params):
    response = client.get(tree.routines.get_url(), params)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "<script>" not in html.split('id="main-content"')[1].split("</form>")[0].replace(
        "&lt;script&gt;", ""
    )


def test_filters_with_no_results_offer_to_drop_one_filter_with_its_count(client, tree):
    form, area, other_area = OrganisationFormFactory(), QualityAreaFactory(), QualityAreaFactory()
    section = tree.section()
    for _ in range(2):
        tag(ExampleRoutinePageFactory(parent=section, region=section.region, quality_area=other_area), form)
    ExampleRoutinePageFactory(parent=section, region=section.region, quality_area=area)
    url = tree.routines.url

    soup = BeautifulSoup(client.get(url, {"form": form.slug, "area": area.slug}).content, "html.parser")
    assert not soup.select(".listing__item")
    links = {a["href"]: a.get_text(" ", strip=True) for a in soup.select(".widen a")}
    # Dropping the area keeps the form (two routines), dropping the form keeps the area (one).
    assert "(2 träffar)" in links[f"{url}?form={form.slug}"]
    assert "(1 träff)" in links[f"{url}?area={area.slug}"]


def test_the_audience_filter_keeps_only_pages_for_sol_and_lss_providers(client, tree):
    marked = MethodGuidePageFactory(parent=tree.methods, sol_lss_providers=True)
    MethodGuidePageFactory(parent=tree.methods)
    section = tree.section()
    marked_routine = ExampleRoutinePageFactory(parent=section, region=section.region, sol_lss_providers=True)
    ExampleRoutinePageFactory(parent=section, region=section.region)

    assert shown(client, tree.methods, audience="sol-lss") == {marked.pk}
    assert shown(client, tree.routines, audience="sol-lss") == {marked_routine.pk}


def test_an_unknown_audience_value_is_a_clear_400(client, tree):
    response = client.get(tree.methods.get_url(), {"audience": "alla-utom-mig"})
    assert response.status_code == 400
    assert response.context["filter_form"].errors["audience"]


@pytest.mark.parametrize(("marked", "shows_notice"), [(True, True), (False, False)])
def test_the_sol_lss_notice_shows_only_on_marked_guides(client, tree, marked, shows_notice):
    guide = MethodGuidePageFactory(parent=tree.methods, sol_lss_providers=marked)
    html = client.get(guide.get_url()).content.decode()
    assert ("Gäller er som utför insatser enligt SoL eller LSS" in html) is shows_notice
