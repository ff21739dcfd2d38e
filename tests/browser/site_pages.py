"""The pages the browser tests visit: one of every page type, in Swedish, English and Arabic.

Arabic (right to left) is not part of the starter content: ``add_arabic`` enables it the way a site owner
would (LANGUAGES=sv,en,ar is configuration) and copies one page of every type into it, with Arabic titles,
so the browser tests see real right-to-left pages. ``remove_arabic`` takes it away again, so the reused test
database stays as the other tests expect it.
"""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from contributions.models import ShareRoutinePage
from glossary.models import GlossaryIndexPage, GlossaryTermPage
from knowledge.models import HomePage, LegalSourceIndexPage, StandardPage
from methods.models import ExampleRoutinePage, MethodGuidePage, MethodIndexPage, RoutineIndexPage
from quality_system.models import HandbookPage, SelfAssessmentPage, TemplateIndexPage, TemplatePage

LANGUAGES = ["sv", "en", "ar"]
WIDTHS = [375, 1280]
PAGE_TYPES = [
    "home",
    "method_index",
    "method_guide",
    "provider_guide",
    "routine_index",
    "example_routine",
    "glossary_index",
    "glossary_term",
    "search_results",
    "search_empty",
    "standard_page",
    "share_routine",
    "legal_sources",
    "self_assessment",
    "self_assessment_area",
    "template_index",
    "template_page",
    "handbook",
    "not_found",
]

# Chosen for the parts they exercise: the guide has related routines, terms and an easy-to-read summary;
# the routine implements that guide; the term has related and confusable terms; the standard page is the
# accessibility statement; the share page is the public form for contributing a routine.
GUIDE_SLUG = "avvikelsehantering"
# A guide marked for providers under SoL or LSS: it shows the notice the other guides do not.
PROVIDER_GUIDE_SLUG = "kvalitetsledningssystem-sol-och-lss"
ROUTINE_SLUG = "hantering-av-avvikelser"
TERM_SLUG = "avvikelse"
STANDARD_SLUG = "tillganglighet"
# The template with the most kinds of blocks: fields, tick list, table, scale.
TEMPLATE_SLUG = "stegforflyttningsskala"
# A quality area's page under the self-assessment (its criteria, levels and crosswalk). In Arabic, which has
# no translation of the framework, it shows the Swedish source marked lang="sv".
AREA_SLUG = "avvikelser-och-klagomal"
SEARCH_WORDS = {"sv": "avvikelse", "en": "deviation", "ar": "avvikelse"}

ARABIC_TITLES = {
    "home": "كفاليتسنافيت",
    "method_index": "أدلة الطرق",
    "method_guide": "التعامل مع الانحرافات",
    "provider_guide": "نظام إدارة الجودة",
    "routine_index": "أمثلة على الإجراءات",
    "example_routine": "إجراء التعامل مع الانحرافات",
    "glossary_index": "المفاهيم",
    "glossary_term": "انحراف",
    "standard_page": "بيان إمكانية الوصول",
    "share_routine": "شارك إجراءً",
    "legal_sources": "المصادر القانونية",
    "self_assessment": "التقييم الذاتي",
    "template_index": "النماذج",
    "template_page": "مقياس التقدم",
    "handbook": "دليل الجودة",
}


def swedish_pages():
    sv = Locale.objects.get(language_code="sv")
    home = HomePage.objects.get(locale=sv)
    return {
        "home": home,
        "method_index": MethodIndexPage.objects.get(locale=sv),
        "method_guide": MethodGuidePage.objects.get(locale=sv, slug=GUIDE_SLUG),
        "provider_guide": MethodGuidePage.objects.get(locale=sv, slug=PROVIDER_GUIDE_SLUG),
        "routine_index": RoutineIndexPage.objects.get(locale=sv),
        "example_routine": ExampleRoutinePage.objects.get(locale=sv, slug=ROUTINE_SLUG),
        "glossary_index": GlossaryIndexPage.objects.get(locale=sv),
        "glossary_term": GlossaryTermPage.objects.get(locale=sv, slug=TERM_SLUG),
        "standard_page": StandardPage.objects.get(locale=sv, slug=STANDARD_SLUG),
        "share_routine": ShareRoutinePage.objects.get(locale=sv),
        "legal_sources": LegalSourceIndexPage.objects.get(locale=sv),
        "self_assessment": SelfAssessmentPage.objects.get(locale=sv),
        "template_index": TemplateIndexPage.objects.get(locale=sv),
        "template_page": TemplatePage.objects.get(locale=sv, slug=TEMPLATE_SLUG),
        "handbook": HandbookPage.objects.get(locale=sv),
    }


def add_arabic():
    """Copy one page of each type into Arabic (parents first) and publish them."""
    remove_arabic()
    arabic = Locale.objects.create(language_code="ar")
    for key, page in swedish_pages().items():
        copy = page.copy_for_translation(arabic, copy_parents=True)
        copy.title = ARABIC_TITLES[key]
        if isinstance(copy, GlossaryTermPage):
            copy.term = ARABIC_TITLES[key]
        copy.save_revision().publish()


def remove_arabic():
    arabic = Locale.objects.filter(language_code="ar").first()
    if arabic is None:
        return
    for page in Page.objects.filter(locale=arabic, depth=2):
        page.delete()
    arabic.delete()


def page_urls():
    """{language: {page type: path}} for every language and page type."""
    pages = swedish_pages()
    urls = {}
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        with translation.override(language):
            search = reverse("search")
            urls[language] = {key: page.get_translation(locale).get_url() for key, page in pages.items()}
            assessment = pages["self_assessment"].get_translation(locale).specific
            urls[language].update(
                self_assessment_area=assessment.area_url(AREA_SLUG),
                search_results=f"{search}?q={SEARCH_WORDS[language]}",
                search_empty=f"{search}?q=zzxqvw",
                not_found=f"/{language}/finns-inte-alls/",
            )
    return urls
