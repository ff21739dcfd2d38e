import datetime

import pytest

from knowledge.dates import months_after
from methods.models import ExampleRoutinePage
from tests.factories import ExampleRoutinePageFactory, MethodGuidePageFactory, site_tree


@pytest.fixture
def tree(db):
    return site_tree()


def test_months_after_keeps_the_day_or_uses_the_months_last_day():
    assert months_after(datetime.date(2026, 11, 20), 12) == datetime.date(2027, 11, 20)
    assert months_after(datetime.date(2027, 1, 31), 1) == datetime.date(2027, 2, 28)
    assert months_after(datetime.date(2026, 8, 15), 6) == datetime.date(2027, 2, 15)


def test_every_starter_routine_is_due_for_review_after_it_was_last_reviewed(content):
    for routine in ExampleRoutinePage.objects.live():
        start = routine.last_reviewed or routine.adopted_on
        assert routine.next_review is not None and routine.next_review > start, routine.slug


def test_an_editors_own_next_review_date_is_kept(tree):
    section = tree.section()
    routine = ExampleRoutinePageFactory(parent=section, region=section.region, review_interval_months=12)
    routine.next_review = datetime.date(2027, 3, 1)
    routine.save_revision().publish()
    routine.refresh_from_db()
    assert routine.next_review == datetime.date(2027, 3, 1)


def test_a_routines_next_review_follows_its_interval_when_none_is_set(tree):
    section = tree.section()
    routine = ExampleRoutinePageFactory(
        parent=section, region=section.region, adopted_on=datetime.date(2026, 1, 31), review_interval_months=1
    )
    assert routine.next_review == datetime.date(2026, 2, 28)


def test_every_reviewed_starter_page_has_a_next_review_date(content):
    from knowledge.models import ReviewedPageMixin
    from tests.helpers import PAGE_TYPES

    reviewed = [model for model in PAGE_TYPES if issubclass(model, ReviewedPageMixin)]
    assert len(reviewed) >= 6
    for model in reviewed:
        missing = model.objects.live().filter(next_review__isnull=True, last_reviewed__isnull=False)
        assert not missing.exists(), f"{model.__name__}: {list(missing.values_list('slug', flat=True))}"


def test_publishing_an_unowned_page_makes_the_publisher_its_owner(tree):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_superuser("granskare", "granskare@example.invalid", "pw")
    guide = MethodGuidePageFactory(parent=tree.methods, content_owner=None)
    guide.save_revision(user=editor).publish(user=editor)
    guide.refresh_from_db()
    assert guide.content_owner == editor

    # An owner already set is kept, whoever publishes next.
    other = get_user_model().objects.create_superuser("annan", "annan@example.invalid", "pw")
    guide.save_revision(user=other).publish(user=other)
    guide.refresh_from_db()
    assert guide.content_owner == editor
