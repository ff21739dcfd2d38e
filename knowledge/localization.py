"""Helpers that show readers the version of an object in their own language, without one query per object.

wagtail-localize keeps page links and tags synchronised with the Swedish source, so a translated page points
at Swedish objects; these helpers swap them for their translations in bulk.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.utils.translation import get_language
from wagtail.models import Locale, Page


def localize(objects, locale=None):
    """Return ``objects`` (which may contain None) in ``locale`` (default: the active one), keeping their
    order. An object without a live translation is returned as it is. One query per model."""
    locale = locale or Locale.get_active()
    wanted = defaultdict(set)
    for obj in objects:
        if obj is not None and obj.locale_id != locale.pk:
            wanted[type(obj)].add(obj.translation_key)

    found = {}
    for model, keys in wanted.items():
        queryset = model.objects.filter(translation_key__in=keys, locale=locale)
        if issubclass(model, Page):
            queryset = queryset.live()
        for translation in queryset:
            found[(model, translation.translation_key)] = translation

    return [None if obj is None else found.get((type(obj), obj.translation_key), obj) for obj in objects]


def language_links(request, page, site_root, translations=None):
    """For the language switcher and hreflang: one entry per configured language.

    Each entry is a dict with ``code``, ``name``, ``url``, ``translated`` (False when the page has no live
    translation in that language and the link leads to that language's home page instead) and
    ``is_current``. ``translations``: the live translations of the page and the home page with their locale,
    when the caller has them (``knowledge.frame``); otherwise one query whatever the number of languages.
    """
    current = get_language()
    if translations is None:
        keys = [obj.translation_key for obj in (page, site_root) if obj is not None]
        translations = Page.objects.live().filter(translation_key__in=keys).select_related("locale")
    pages_by_language, homes_by_language = {}, {}
    for translation in translations:
        if page is not None and translation.translation_key == page.translation_key:
            pages_by_language[translation.locale.language_code] = translation
        if site_root is not None and translation.translation_key == site_root.translation_key:
            homes_by_language[translation.locale.language_code] = translation

    links = []
    for code, name in settings.LANGUAGES:
        target = pages_by_language.get(code)
        entry = {"code": code, "name": name, "is_current": code == current, "translated": target is not None}
        if target is not None:
            entry["url"] = target.get_url(request)
        elif code in homes_by_language:
            entry["url"] = homes_by_language[code].get_url(request) + "?not_translated=1"
        else:
            entry["url"] = None
        links.append(entry)
    return links


def localized_targets(model, links, field, locale_id, only=()):
    """The live pages of ``model`` that ``links`` (Orderable link rows) point to through ``field``, each in
    the locale (or as linked when it has no live translation there), in the links' order. One query, which
    loads only the fields named in ``only`` (and the keys it needs) when given.

    In a preview the links are still in memory (modelcluster), not in the database: they are read one by
    one there, as before."""
    if not isinstance(links, QuerySet):
        targets = [getattr(link, field) for link in links]
        return [target for target in localize(targets) if target is not None and target.live]
    same_key = links.filter(**{f"{field}__translation_key": OuterRef("translation_key")}).order_by(
        "sort_order"
    )
    rows = (
        model.objects.live()
        .filter(translation_key__in=links.values(f"{field}__translation_key"))
        .annotate(
            link_order=Subquery(same_key.values("sort_order")[:1]),
            linked=Exists(links.filter(**{field: OuterRef("pk")})),
        )
    )
    if only:
        rows = rows.only(*only, "locale_id", "translation_key")
    chosen = {}
    for row in rows:
        if row.locale_id == locale_id:
            chosen[row.translation_key] = row
        elif row.linked:
            chosen.setdefault(row.translation_key, row)
    return sorted(chosen.values(), key=lambda row: (row.link_order, row.pk))
