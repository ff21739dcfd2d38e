"""Helpers that show readers the version of an object in their own language, without one query per object.

wagtail-localize keeps page links and tags synchronised with the Swedish source, so a translated page points
at Swedish objects; these helpers swap them for their translations in bulk.
"""

from collections import defaultdict

from django.conf import settings
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


def language_links(request, page, site_root):
    """For the language switcher and hreflang: one entry per configured language.

    Each entry is a dict with ``code``, ``name``, ``url``, ``translated`` (False when the page has no live
    translation in that language and the link leads to that language's home page instead) and
    ``is_current``. Two queries whatever the number of languages.
    """
    current = Locale.get_active().language_code
    pages_by_language = {}
    if page is not None:
        for translation in (
            Page.objects.live().filter(translation_key=page.translation_key).select_related("locale")
        ):
            pages_by_language[translation.locale.language_code] = translation
    homes_by_language = {}
    if site_root is not None:
        for home in (
            Page.objects.live().filter(translation_key=site_root.translation_key).select_related("locale")
        ):
            homes_by_language[home.locale.language_code] = home

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
