"""A schedule read aloud: "At 07:00, only on Monday" and the next few send times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cron_descriptor import ExpressionDescriptor, Options
from cron_descriptor.Exception import FormatError, MissingFieldException, WrongArgumentException

from digest.scheduling.schedule import ScheduleError, next_fire, validate


@dataclass(frozen=True)
class ScheduleReading:
    """What a cron expression in a time zone means, in words, and when it fires next."""

    words: str
    next_times: tuple[datetime, ...]  # aware, in the schedule's zone


def describe_cron(cron: str) -> str:
    """Plain words for a cron expression, 24-hour clock ("At 07:00, only on Monday")."""
    options = Options()
    options.use_24hour_time_format = True
    options.throw_exception_on_parse_error = True
    try:
        return str(ExpressionDescriptor(cron, options).get_description())
    except (FormatError, MissingFieldException, WrongArgumentException, ValueError) as exc:
        raise ScheduleError(f"bad cron expression {cron!r}: {exc}") from None


def read_schedule(cron: str, timezone: str, now: datetime, count: int = 3) -> ScheduleReading:
    """The reading of a schedule; ScheduleError (with the reason) when it is unusable."""
    validate(cron, timezone)
    times: list[datetime] = []
    after = now
    for _ in range(count):
        after = next_fire(cron, timezone, after)
        times.append(after)
    return ScheduleReading(describe_cron(cron), tuple(times))
