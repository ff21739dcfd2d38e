"""Generate realistic example routines for load and relevance benchmarks (``make bench-search``).

Titles, summaries and text are recombined from the starter content's own sentences and glossary terms, in
Swedish and English (about 70/30), under each language's routine listing, tagged with organisation forms and
quality areas like real routines. Idempotent: it tops up to ``--count`` generated pages (their slugs start
with ``genererad-``), so a second run with the same count does nothing. Not for production databases.
"""

import random
import re
from html import unescape

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from glossary.models import GlossaryTermPage
from knowledge.models import OrganisationForm, QualityArea, Region, SizeBand
from methods.models import ExampleRoutinePage, MethodGuidePage, RoutineIndexPage

SLUG_PREFIX = "genererad-"
TITLE_PATTERNS = {
    "sv": ["Rutin för {term} i {org}", "{Term}: så arbetar {org}", "Rutin för {term} och {term2}"],
    "en": ["Routine for {term} at {org}", "{Term}: how {org} works", "Routine for {term} and {term2}"],
}
ORGANISATIONS = {
    "sv": [
        "Föreningen Vägen",
        "Kooperativet Nystart",
        "Stiftelsen Brobygget",
        "Folkhögskolan Ljuset",
        "Arbetskooperativet Gården",
        "Studieförbundet Framåt",
        "Kyrkans Arbetsträning",
        "Verkstan ek. för.",
    ],
    "en": [
        "The Pathway Association",
        "Fresh Start Cooperative",
        "The Bridge Foundation",
        "Light Folk College",
        "The Farm Work Cooperative",
        "Forward Study Association",
        "Church Work Training",
        "The Workshop",
    ],
}
_TAG = re.compile(r"<[^>]+>")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _plain(html):
    return unescape(_TAG.sub(" ", html or "")).strip()


class Command(BaseCommand):
    help = "Top the site up to --count generated example routines (for benchmarks; idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count, seed, **options):
        rng = random.Random(seed)
        existing = ExampleRoutinePage.objects.filter(slug__startswith=SLUG_PREFIX).count()
        missing = max(count - existing, 0)
        if not missing:
            self.stdout.write(f"{existing} genererade sidor finns redan.")
            return
        pools = {code: self._pool(code) for code in ("sv", "en")}
        regions = list(Region.objects.all())
        made = 0
        while made < missing:
            with transaction.atomic():
                for _ in range(min(500, missing - made)):
                    language = "sv" if rng.random() < 0.7 else "en"
                    self._create(pools[language], rng, regions, existing + made)
                    made += 1
            self.stdout.write(f"{made}/{missing} sidor skapade")

    def _pool(self, code):
        locale = Locale.objects.get(language_code=code)
        parent = RoutineIndexPage.objects.filter(locale=locale).first()
        if parent is None:
            raise CommandError("Load the starter content first: manage.py load_demo_content")
        sentences = []
        for model in (MethodGuidePage, ExampleRoutinePage):
            for page in model.objects.filter(locale=locale).exclude(slug__startswith=SLUG_PREFIX):
                sentences += [s for s in _SENTENCE.split(_plain(page.purpose)) if len(s) > 30]
                sentences.append(page.summary)
        terms = list(GlossaryTermPage.objects.filter(locale=locale).values_list("term", flat=True))
        return {
            "code": code,
            "locale": locale,
            "parent": parent,
            "sentences": sentences,
            "terms": terms,
            "areas": list(QualityArea.objects.filter(locale=locale)),
            "forms": list(OrganisationForm.objects.filter(locale=Locale.objects.get(language_code="sv"))),
        }

    def _create(self, pool, rng, regions, number):
        term, term2 = rng.sample(pool["terms"], 2)
        org = rng.choice(ORGANISATIONS[pool["code"]])
        title = rng.choice(TITLE_PATTERNS[pool["code"]]).format(
            term=term, term2=term2, Term=term[:1].upper() + term[1:], org=org
        )
        paragraphs = [" ".join(rng.sample(pool["sentences"], 4)) for _ in range(3)]
        page = ExampleRoutinePage(
            title=title[:255],
            slug=f"{SLUG_PREFIX}{number + 1}",
            locale=pool["locale"],
            summary=" ".join(rng.sample(pool["sentences"], 1))[:400],
            organisation_name=org,
            region=rng.choice(regions),
            size_band=rng.choice(SizeBand.values),
            quality_area=rng.choice(pool["areas"]),
            purpose="".join(f"<p>{text}</p>" for text in paragraphs[:2]),
            scope=f"<p>{paragraphs[2]}</p>",
            live=True,
            first_published_at=timezone.now(),
        )
        page.organisation_forms.add(*rng.sample(pool["forms"], 2))
        pool["parent"].add_child(instance=page)
