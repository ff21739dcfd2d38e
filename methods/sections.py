"""One RegionSectionPage per region under the routine listing, in every language the listing has.

Regions are editable data: adding one in the admin creates its section (see methods.apps), and the loader and
``manage.py setup_roles`` call ``ensure_region_sections`` so every region has one.
"""

from wagtail.models import Locale

from knowledge.models import Region
from knowledge.translation import translate_unchanged

from .models import RegionSectionPage, RoutineIndexPage


def source_routine_index():
    """The Swedish (source) routine listing, or None before the starter content is loaded."""
    source = Locale.get_default()
    return RoutineIndexPage.objects.filter(locale=source).first()


def ensure_region_section(region, index=None):
    """Return the source-language section of ``region``, creating it (published, and translated into every
    language the listing is translated into) if it is missing. None if there is no routine listing yet."""
    index = index or source_routine_index()
    if index is None:
        return None
    section = RegionSectionPage.objects.child_of(index).filter(region=region).first()
    if section is None:
        section = RegionSectionPage(title=region.name, slug=region.slug, region=region, locale=index.locale)
        index.add_child(instance=section)
        section.save_revision().publish()
    # Region names are proper nouns and slugs the same in every language.
    for translated_index in index.get_translations():
        if not section.has_translation(translated_index.locale):
            translate_unchanged(section, translated_index.locale)
    return section


def ensure_region_sections(index=None):
    """Every region's section; returns {region id: source section}."""
    index = index or source_routine_index()
    if index is None:
        return {}
    return {region.pk: ensure_region_section(region, index) for region in Region.objects.all()}


def section_for(region, locale):
    """The section of ``region`` in ``locale`` (None if missing)."""
    return RegionSectionPage.objects.filter(region=region, locale=locale).first()
