"""`make bench-documents`: how long the board action plan and a 20-routine quality handbook take to generate,
as DOCX and as PDF. Prints the median (and slowest) of BENCH_RUNS runs (default 7) after one warm-up, as wall
time and as the process's CPU time: on a shared, busy machine the wall time mostly measures waiting for a
core, and the CPU time is what the work costs.

It works on a throwaway copy of the development database (`make setup` fills it with the starter content),
tops it up with generated example routines (methods' generate_pages) so that 20 different Swedish routines
exist, and measures:

- the action plan, rendered from a plan with 10 quality areas and 25 actions;
- the handbook, rendered from 20 routines, 3 templates, 3 guides and the quality policy;
- the whole request for the handbook (form checks, database reads and rendering) through Django's test client,
  with the page cache off (it would serve the same download from memory).
"""

import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
ROUTINES = 20

workdir = tempfile.mkdtemp(prefix="kvn-bench-documents-")
source_db = ROOT / "db.sqlite3"
if not source_db.exists():
    sys.exit("No development database: run `make setup` first.")
shutil.copy(source_db, Path(workdir) / "db.sqlite3")
os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/db.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DEBUG"] = "0"
os.environ["SEARCH_AUTO_UPDATE"] = "0"
# The whole-page cache would answer every request after the first from memory: the request rows measure
# the work, so it is off here.
os.environ["PAGE_CACHE_SECONDS"] = "0"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from methods.models import ExampleRoutinePage, MethodGuidePage  # noqa: E402
from quality_system.documents import action_plan, handbook  # noqa: E402
from quality_system.models import HandbookPage, TemplatePage  # noqa: E402


def timed(function, runs=RUNS):
    function()  # warm-up: imports, fonts, template loading
    wall, cpu = [], []
    for _run in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), max(wall), statistics.median(cpu)


def sample_plan():
    results = [
        action_plan.AreaResult(
            f"Kvalitetsområde {n}",
            "Grundnivå",
            ["Styrelsen har antagit en policy"],
            ["Rutin saknas", "Ej uppföljd"],
        )
        for n in range(1, 11)
    ]
    actions = [
        action_plan.PlannedAction(
            f"Kvalitetsområde {n % 10 + 1}",
            f"Kriterium {n}",
            "Ta fram en skriftlig rutin, förankra den i personalgruppen och låt styrelsen anta den.",
            responsible="Åsa Öberg",
            due=date(2027, 3, 1),
            help=[
                action_plan.HelpLink(
                    "Avvikelsehantering", "https://kvalitetsnavet.se/sv/metoder/avvikelsehantering/"
                )
            ],
        )
        for n in range(25)
    ]
    return action_plan.ActionPlanDocument(
        "Föreningen Gröna Händer",
        "Ideell förening",
        "1–9 anställda",
        "sv",
        date(2026, 11, 29),
        results,
        actions,
    )


def main():
    setup_test_environment()  # the test client needs "testserver" among the allowed hosts
    sv = Locale.objects.get(language_code="sv")
    existing = ExampleRoutinePage.objects.live().filter(locale=sv).count()
    if existing < ROUTINES:
        # generate_pages makes about 70 % of its pages Swedish.
        call_command(
            "generate_pages", count=round((ROUTINES - existing) / 0.6) + 2, stdout=open(os.devnull, "w")
        )
    routines = list(ExampleRoutinePage.objects.live().filter(locale=sv).order_by("pk")[:ROUTINES])
    assert len(routines) == ROUTINES, f"only {len(routines)} Swedish routines"
    templates = list(TemplatePage.objects.live().filter(locale=sv).order_by("path"))
    guides = list(MethodGuidePage.objects.live().filter(locale=sv).order_by("path")[:3])
    book = handbook.Handbook(
        organisation="Föreningen Gröna Händer",
        language="sv",
        made_on=date(2026, 11, 29),
        policy=next((t for t in templates if t.slug == "kvalitetspolicy"), None),
        routines=routines,
        guides=guides,
        templates=templates[:3],
        base_url="https://kvalitetsnavet.se/",
    )
    plan = sample_plan()
    page = HandbookPage.objects.live().get(locale=sv)
    client = Client()
    query = {
        "organisation": "Föreningen Gröna Händer",
        "routine": [r.pk for r in routines],
        "template": [t.pk for t in templates[:3]],
        "guide": [g.pk for g in guides],
    }

    def request(output):
        response = client.get(page.url, {**query, "format": output})
        assert response.status_code == 200, response.status_code
        return response

    rows = [
        ("action plan, DOCX", lambda: action_plan.render_docx(plan)),
        ("action plan, PDF", lambda: action_plan.render_pdf(plan)),
        (f"handbook of {ROUTINES} routines, DOCX", lambda: handbook.render_docx(book)),
        (f"handbook of {ROUTINES} routines, PDF", lambda: handbook.render_pdf(book)),
        (f"handbook request ({ROUTINES} routines), DOCX", lambda: request("docx")),
        (f"handbook request ({ROUTINES} routines), PDF", lambda: request("pdf")),
    ]
    sizes = {
        "handbook PDF bytes": len(handbook.render_pdf(book)),
        "handbook DOCX bytes": len(handbook.render_docx(book)),
    }
    load = os.getloadavg()[0]
    print(
        f"Documents: {RUNS} runs after a warm-up, seconds (load average {load:.1f} on {os.cpu_count()} cores)"
    )
    for name, function in rows:
        median, slowest, cpu = timed(function)
        print(f"  {name:<42} wall median {median:6.3f}  slowest {slowest:6.3f}  CPU median {cpu:6.3f}")
    for name, value in sizes.items():
        print(f"  {name:<42} {value}")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
