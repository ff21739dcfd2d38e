"""Fixtures for the "Share a routine" tests: the page, valid form data, and a fresh rate limit."""

import pytest
from django.core.cache import cache
from wagtail.documents import get_document_model
from wagtail.models import WorkflowState

from contributions.models import RoutineSubmission, ShareRoutinePage
from governance.models import RegionRoles
from knowledge.models import QualityArea
from methods.models import ExampleRoutinePage, MethodGuidePage
from tests.governance.conftest import make_user

Document = get_document_model()


@pytest.fixture(autouse=True)
def clear_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def share_page(content):
    return ShareRoutinePage.objects.live().get(locale=content["sv"])


@pytest.fixture
def skane_coordinator(content):
    return make_user("skane-coordinator", RegionRoles.objects.get(region__slug="skane").coordinators)


@pytest.fixture
def valid(content):
    guide = MethodGuidePage.objects.live().filter(locale=content["sv"]).first()
    return {
        "organisation_name": "Föreningen Testgården",
        "publish_name": "yes",
        "contact_email": "kontakt@testgarden.example",
        "organisation_forms": ["ideell-forening", "ideell-organisation"],
        "region": "skane",
        "size_band": "1-9",
        "title": "Rutin för välkomstsamtal",
        "summary": "Så tar vi emot nya deltagare.",
        "quality_area": QualityArea.objects.filter(locale=content["sv"]).first().slug,
        "purpose": "Alla nya deltagare ska få samma information.\n\nSamtalet bygger förtroende.",
        "scope": "Alla nya deltagare.",
        "responsibilities": "Handledaren ansvarar.",
        "steps": (
            "Boka samtal\nHandledaren bokar inom en vecka.\n\nGenomför samtalet\nGå igenom regler och mål."
        ),
        "records": "Anteckningar sparas i deltagarakten.",
        "review_interval_months": "12",
        "guides": [str(guide.pk)],
        "consent": "on",
        "website": "",
    }


def counts():
    return (
        ExampleRoutinePage.objects.count(),
        RoutineSubmission.objects.count(),
        Document.objects.count(),
        WorkflowState.objects.count(),
    )
