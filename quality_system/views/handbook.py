"""The link to the handbook builder with a pre-selection from the self-assessment (the query-string
contract with the handbook: organisation, form, size, provider, and repeatable guide/routine/template ids
of live pages in the reader's language)."""

from urllib.parse import urlencode

from ..models import HandbookPage


def handbook_page(locale):
    return HandbookPage.objects.live().filter(locale=locale).first()


def link(page, state, results, helps):
    handbook = handbook_page(page.locale)
    if handbook is None:
        return ""
    params = [("organisation", state.organisation), ("form", state.form), ("size", state.size)]
    if state.provider:
        params.append(("provider", "1"))
    seen = set()
    # The gaps give the pre-selection; for the smallest organisations they lie on the minimum path they
    # were asked about. With no gaps the link names no pages and the handbook pre-selects its own minimum.
    for area in results:
        for row in area.gaps:
            chosen = helps.get(row.criterion.pk, {})
            for key, kind in (("guides", "guide"), ("routines", "routine"), ("templates", "template")):
                for target in chosen.get(key, []):
                    if (kind, target.pk) not in seen:
                        seen.add((kind, target.pk))
                        params.append((kind, target.pk))
    return handbook.url + "?" + urlencode([(k, v) for k, v in params if v != ""])
