import datetime

from knowledge.dates import months_after
from methods.models import ExampleRoutinePage
from tests.helpers import first_page


def test_months_after_keeps_the_day_or_uses_the_months_last_day():
    assert months_after(datetime.date(2026, 11, 20), 12) == datetime.date(2027, 11, 20)
    assert months_after(datetime.date(2027, 1, 31), 1) == datetime.date(2027, 2, 28)
    assert months_after(datetime.date(2026, 8, 15), 6) == datetime.date(2027, 2, 15)


def test_every_starter_routine_has_a_next_review_date_from_its_interval(content):
    for routine in ExampleRoutinePage.objects.live():
        start = routine.last_reviewed or routine.adopted_on
        assert routine.next_review == months_after(start, routine.review_interval_months), routine.slug


def test_an_editors_own_next_review_date_is_kept(content):
    routine = first_page(ExampleRoutinePage, "sv")
    routine.next_review = datetime.date(2027, 3, 1)
    routine.save_revision().publish()
    routine.refresh_from_db()
    assert routine.next_review == datetime.date(2027, 3, 1)
