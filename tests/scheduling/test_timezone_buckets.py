"""Lists that send in each reader's local morning: one edition, released zone by zone.

Every tick runs on a fixed clock; the `start` hook snapshots and sends in-process
with the same clock, so the outbox shows who got mail when.
"""

from __future__ import annotations

import email
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.delivery.send import finish_if_done, prepare_send, send_batch
from digest.delivery.transports.registry import make_transport
from digest.lifecycle.items import fetch_and_ready
from digest.local.demo import FEEDS, sample_documents
from digest.local.feedserver import FeedServer
from digest.models import (
    BatchStatus,
    DeliveryBatch,
    Edition,
    EditionStatus,
    Feed,
    MembershipStatus,
    Subscriber,
)
from digest.runtime import Runtime
from digest.scheduling.schedule import due_local_slot
from digest.scheduling.ticks import send_tick, stalled_editions

# 07:00 on 25 November in Tokyo (UTC+9) is 22:00 UTC the day before; London is on UTC,
# New York on UTC-5.
TOKYO_MORNING = datetime(2026, 11, 24, 22, 0, tzinfo=UTC)
LONDON_MORNING = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
NEW_YORK_MORNING = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
READERS = {"aiko@example.org": "Asia/Tokyo", "liam@example.org": "Europe/London",
           "nora@example.org": "America/New_York"}


def _local_morning_list(rt: Runtime, extra: dict[str, str] | None = None) -> int:
    """A 07:00 list sent in each reader's zone, with news fresh at Tokyo's morning."""
    with FeedServer(sample_documents(TOKYO_MORNING)) as server:
        with rt.sessions() as session, session.begin():
            session.add_all(Feed(url=server.url + path) for path in FEEDS)
            ml = create_list(session, "Syria Digest")
            ml.schedule_cron, ml.timezone, ml.per_subscriber_timezone = "0 7 * * *", "UTC", True
            ml.created_at = TOKYO_MORNING - timedelta(days=30)
            zones = {**READERS, **(extra or {})}
            for address in zones:
                subscribe(session, ml.id, address)
            subscribe(session, ml.id, "gone@example.org", status=MembershipStatus.UNSUBSCRIBED)
            zones["gone@example.org"] = "Asia/Tokyo"
            session.flush()
            for subscriber in session.scalars(select(Subscriber)):
                subscriber.timezone = zones[subscriber.email]
            list_id = ml.id
        fetch_and_ready(rt.sessions, rt.settings, now=TOKYO_MORNING - timedelta(minutes=5))
    return list_id


def _sender(rt: Runtime, now: datetime) -> Callable[[int], None]:
    """What start_send does on a worker, in-process, on the test's clock."""
    transport = make_transport(rt.settings)

    def start(edition_id: int) -> None:
        for batch_id in prepare_send(rt.sessions, edition_id, 1000, now=now):
            send_batch(rt.sessions, batch_id, transport, rt.settings)
        finish_if_done(rt.sessions, edition_id)

    return start


def _received(outbox: Path) -> list[str]:
    return sorted(
        email.message_from_bytes(p.read_bytes(), policy=policy.default)["To"].addresses[0]
        .addr_spec for p in outbox.glob("*.eml"))


def _tick(rt: Runtime, now: datetime) -> list[str]:
    send_tick(rt.sessions, rt.settings, now, start=_sender(rt, now))
    return _received(rt.settings.data_dir / "outbox")


def test_each_reader_gets_the_edition_at_seven_in_their_own_zone(rt: Runtime) -> None:
    _local_morning_list(rt)
    assert _tick(rt, TOKYO_MORNING) == ["aiko@example.org"]
    assert _tick(rt, LONDON_MORNING - timedelta(minutes=1)) == ["aiko@example.org"]
    assert _tick(rt, LONDON_MORNING) == ["aiko@example.org", "liam@example.org"]
    assert _tick(rt, NEW_YORK_MORNING - timedelta(minutes=1)) == [
        "aiko@example.org", "liam@example.org"]
    assert _tick(rt, NEW_YORK_MORNING) == sorted(READERS)
    with rt.sessions() as session:
        editions = list(session.scalars(select(Edition)))
    assert [(e.slot, e.status) for e in editions] == [
        ("2026-11-25T07:00-local", EditionStatus.SENT)]


def test_a_bucket_released_by_one_tick_is_not_started_again_by_the_next(rt: Runtime) -> None:
    _local_morning_list(rt)
    _tick(rt, TOKYO_MORNING)
    started: list[int] = []
    first = send_tick(rt.sessions, rt.settings, LONDON_MORNING, start=started.append)
    again = send_tick(rt.sessions, rt.settings, LONDON_MORNING, start=started.append)
    assert len(first.released) == 1 and again.released == [] and again.started == []
    assert started == first.released


def test_zones_on_the_same_offset_share_one_batch(rt: Runtime) -> None:
    # Lisbon is on UTC in November, like London: one bucket, one provider request.
    _local_morning_list(rt, {"rui@example.org": "Europe/Lisbon"})
    _tick(rt, TOKYO_MORNING)
    with rt.sessions() as session:
        waiting = sorted((b.release_at, b.status) for b in session.scalars(
            select(DeliveryBatch).where(DeliveryBatch.status == BatchStatus.SCHEDULED)))
    assert waiting == [(LONDON_MORNING, BatchStatus.SCHEDULED),
                       (NEW_YORK_MORNING, BatchStatus.SCHEDULED)]
    assert _tick(rt, LONDON_MORNING) == ["aiko@example.org", "liam@example.org",
                                         "rui@example.org"]


def test_a_send_waiting_for_later_zones_is_not_taken_for_stalled(rt: Runtime) -> None:
    _local_morning_list(rt)
    _tick(rt, TOKYO_MORNING)
    with rt.sessions() as session:
        assert stalled_editions(session, LONDON_MORNING - timedelta(minutes=1)) == []


@pytest.mark.parametrize(("now", "slot"), [
    (TOKYO_MORNING - timedelta(minutes=1), "2026-11-24T07:00-local"),
    (TOKYO_MORNING, "2026-11-25T07:00-local"),
    (NEW_YORK_MORNING, "2026-11-25T07:00-local"),
])
def test_the_occurrence_due_is_the_newest_any_readers_zone_has_reached(
    now: datetime, slot: str
) -> None:
    assert due_local_slot("0 7 * * *", sorted(set(READERS.values())), now) == slot
