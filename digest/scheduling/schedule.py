"""When a list sends: cron expressions in the list's time zone, evaluated at each tick.

A slot is one fire time of the schedule, written in UTC ("2026-11-25T07:00Z"); the
database allows one edition per list and slot, so a duplicate tick builds nothing twice.

A list with `per_subscriber_timezone` sends at the schedule's local time in each
reader's own zone.  Its slot is the wall-clock occurrence ("2026-11-25T07:00-local"):
one edition per occurrence, built when the first reader's zone reaches it, and each
zone's readers released at that wall-clock time in their zone (see release_time).
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


LOCAL_SUFFIX = "-local"


def local_slot_key(wall: datetime) -> str:
    """The slot of a wall-clock occurrence (naive local time) of a per-reader-zone list."""
    return wall.strftime("%Y-%m-%dT%H:%M") + LOCAL_SUFFIX


def local_occurrence(slot: str) -> datetime | None:
    """The wall-clock time of a per-reader-zone slot; None for an ordinary UTC slot."""
    if not slot.endswith(LOCAL_SUFFIX):
        return None
    return datetime.strptime(slot.removesuffix(LOCAL_SUFFIX), "%Y-%m-%dT%H:%M")


def release_time(wall: datetime, timezone: str) -> datetime:
    """When the wall-clock occurrence `wall` happens in `timezone`, in UTC.

    An unknown zone name counts as UTC (a reader's zone is free text in old data).
    """
    try:
        tz = zone(timezone)
    except ScheduleError:
        tz = ZoneInfo("UTC")
    return wall.replace(tzinfo=tz).astimezone(UTC)


def current_slot(mailing_list: MailingList, now: datetime) -> str:
    """The list's slot for `now`: its schedule's latest fire time (in the list's zone).

    For a per-reader-zone list that is the occurrence as it stands in the list's own
    zone; readers in zones that have not reached it yet are released later.
    """
    fire = latest_fire(mailing_list.schedule_cron, mailing_list.timezone, now)
    if mailing_list.per_subscriber_timezone:
        return local_slot_key(fire.replace(tzinfo=None))
    return slot_key(fire)


def due_slot(mailing_list: MailingList, now: datetime, *, catch_up: timedelta = CATCH_UP
             ) -> str | None:
    """The slot to build now, or None when the latest fire time is too old to send."""
    fire = latest_fire(mailing_list.schedule_cron, mailing_list.timezone, now)
    if now - fire > catch_up:
        return None
    return slot_key(fire)


def due_local_slot(cron: str, zones: list[str], now: datetime, *,
                   catch_up: timedelta = CATCH_UP) -> str | None:
    """The newest wall-clock occurrence some zone in `zones` has reached, as a local slot.

    Used for per-reader-zone lists, with the zones of its readers: the edition is
    built when the earliest of them reaches the occurrence.  None when every zone's
    latest fire is older than `catch_up`.  Unknown zone names are ignored.
    """
    newest: datetime | None = None
    for name in zones:
        try:
            fire = latest_fire(cron, name, now)
        except ScheduleError:
            continue
        if now - fire > catch_up:
            continue
        wall = fire.replace(tzinfo=None)
        newest = wall if newest is None else max(newest, wall)
    return None if newest is None else local_slot_key(newest)
