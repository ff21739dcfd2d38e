"""The link to the handbook builder with a pre-selection from the self-assessment (the query-string
contract with the handbook: organisation, form, size, provider, and repeatable guide/routine/template ids
of live pages in the reader's language)."""

from urllib.parse import urlencode

from wagtail.models import Page

from knowledge.localization import localize

HANDBOOK_SLUG = "kvalitetshandbok"  # the handbook page's Swedish slug


def handbook_page(locale):
    page = Page.objects.live().filter(slug=HANDBOOK_SLUG, locale__language_code="sv").first()
    if page is None:
        return None
    return localize([page], locale)[0]


def link(page, state, results, helps):
    handbook = handbook_page(page.locale)
    if handbook is None:
        return ""
    params = [("organisation", state.organisation), ("form", state.form), ("size", state.size)]
    if state.provider:
        params.append(("provider", "1"))
    seen = set()
    # The gaps, and for small organisations the minimum path they were asked about (already the criteria
    # shown), give the pre-selection.
    for area in results:
        for row in area.gaps:
            chosen = helps.get(row.criterion.pk, {})
            for key, kind in (("guides", "guide"), ("routines", "routine"), ("templates", "template")):
                for target in chosen.get(key, []):
                    if (kind, target.pk) not in seen:
                        seen.add((kind, target.pk))
                        params.append((kind, target.pk))
    return handbook.url + "?" + urlencode([(k, v) for k, v in params if v != ""])
