"""When a list sends: cron expressions in the list's time zone, evaluated at each tick.

A slot is one fire time of the schedule, written in UTC ("2026-11-25T07:00Z"); the
database allows one edition per list and slot, so a duplicate tick builds nothing twice.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cronsim import CronSim, CronSimError

from digest.models import MailingList

# A slot missed for longer than this (workers down) is not sent late; the next one is.
CATCH_UP = timedelta(hours=24)


class ScheduleError(ValueError):
    """A cron expression or time zone that cannot be used."""


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"unknown time zone {name!r} (use an IANA name like Europe/London)"
                            ) from None


def validate(cron: str, timezone: str) -> None:
    """Raise ScheduleError when the expression or the zone is unusable."""
    zone(timezone)
    try:
        CronSim(cron, datetime.now(UTC))
    except CronSimError as exc:
        raise ScheduleError(f"bad cron expression {cron!r}: {exc}") from None


def latest_fire(cron: str, timezone: str, now: datetime) -> datetime:
    """The most recent time at or before `now` the schedule fired (aware, in its zone)."""
    local = now.astimezone(zone(timezone)).replace(second=0, microsecond=0)
    # CronSim in reverse yields times strictly before its start: start a minute later.
    return next(CronSim(cron, local + timedelta(minutes=1), reverse=True))


def next_fire(cron: str, timezone: str, now: datetime) -> datetime:
    """The next time after `now` the schedule fires."""
    return next(CronSim(cron, now.astimezone(zone(timezone))))


def slot_key(fire: datetime) -> str:
    return fire.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


def current_slot(mailing_list: MailingList, now: datetime) -> str:
    """The list's slot for `now`: its schedule's latest fire time."""
    return slot_key(latest_fire(mailing_list.schedule_cron, mailing_list.timezone, now))


def due_slot(mailing_list: MailingList, now: datetime, *, catch_up: timedelta = CATCH_UP
             ) -> str | None:
    """The slot to build now, or None when the latest fire time is too old to send."""
    fire = latest_fire(mailing_list.schedule_cron, mailing_list.timezone, now)
    if now - fire > catch_up:
        return None
    return slot_key(fire)
