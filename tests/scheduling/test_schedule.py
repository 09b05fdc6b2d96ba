from datetime import UTC, datetime

import pytest

from digest.models import MailingList
from digest.scheduling.schedule import (
    ScheduleError,
    due_slot,
    latest_fire,
    next_fire,
    slot_key,
    validate,
)


def _list(cron: str, tz: str) -> MailingList:
    return MailingList(name="x", slug="x", schedule_cron=cron, timezone=tz)


def test_the_latest_fire_is_in_the_lists_time_zone() -> None:
    now = datetime(2026, 7, 1, 6, 30, tzinfo=UTC)  # 07:30 in London (BST)
    fire = latest_fire("0 7 * * *", "Europe/London", now)
    assert fire.astimezone(UTC) == datetime(2026, 7, 1, 6, 0, tzinfo=UTC)


def test_a_fire_time_exactly_now_counts() -> None:
    now = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
    assert slot_key(latest_fire("0 7 * * *", "UTC", now)) == "2026-01-05T07:00Z"


def test_a_slot_missed_for_more_than_a_day_is_not_sent_late() -> None:
    weekly = _list("0 7 * * 1", "UTC")  # Mondays
    assert due_slot(weekly, datetime(2026, 1, 5, 9, 0, tzinfo=UTC)) == "2026-01-05T07:00Z"
    assert due_slot(weekly, datetime(2026, 1, 8, 9, 0, tzinfo=UTC)) is None


def test_next_fire_crosses_daylight_saving_correctly() -> None:
    before = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
    fire = next_fire("0 7 * * *", "Europe/London", before)
    assert fire.astimezone(UTC) == datetime(2026, 3, 29, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize(("cron", "tz"), [("61 7 * * *", "UTC"), ("0 7 * * *", "Mars/Olympus")])
def test_bad_schedules_are_refused_with_a_reason(cron: str, tz: str) -> None:
    with pytest.raises(ScheduleError):
        validate(cron, tz)
