import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from glossary.models import GlossaryTermPage
from governance.models import LocaleTranslators, RegionRoles
from governance.roles import NATIONAL_EDITORS
from methods.models import MethodGuidePage

from .permissions import routine_in


def make_user(username, group=None):
    user = get_user_model().objects.create_user(username, f"{username}@example.invalid", "pw")
    if group is not None:
        user.groups.add(group)
    return user


@pytest.fixture
def national_editor(content):
    return make_user("national", Group.objects.get(name=NATIONAL_EDITORS))


@pytest.fixture
def coordinator(content):
    """A coordinator for Skåne."""
    return make_user("coordinator", RegionRoles.objects.get(region__slug="skane").coordinators)


@pytest.fixture
def translator(content):
    """A translator into English."""
    return make_user("translator", LocaleTranslators.objects.get(locale__language_code="en").group)


@pytest.fixture
def users(national_editor, coordinator, translator):
    return {"national": national_editor, "coordinator": coordinator, "translator": translator}


@pytest.fixture
def pages(content):
    """One page of each kind the permission matrices check, in Swedish and English. The coordinator is
    Skåne's, so "routine_in" is in Skåne and "routine_out" in Stockholm."""

    def first(model, language):
        return model.objects.live().filter(locale__language_code=language).order_by("pk").first()

    return {
        "routine_in": routine_in("skane", "sv"),
        "routine_out": routine_in("stockholm", "sv"),
        "routine_in_en": routine_in("skane", "en"),
        "routine_out_en": routine_in("stockholm", "en"),
        "guide": first(MethodGuidePage, "sv"),
        "guide_en": first(MethodGuidePage, "en"),
        "term": first(GlossaryTermPage, "sv"),
        "term_en": first(GlossaryTermPage, "en"),
    }
