import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from governance.models import LocaleTranslators, RegionRoles
from governance.roles import NATIONAL_EDITORS


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
