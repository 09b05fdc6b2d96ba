"""Beat's send tick, called as a plain function with a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.lifecycle.items import fetch_and_ready
from digest.local.demo import FEEDS, sample_documents
from digest.local.feedserver import FeedServer
from digest.models import Edition, Feed, MailingList
from digest.runtime import Runtime
from digest.scheduling.ticks import send_tick

MORNING = datetime(2026, 11, 25, 7, 5, tzinfo=UTC)


def _list_with_news(rt: Runtime, now: datetime) -> int:
    with FeedServer(sample_documents(now)) as server:
        with rt.sessions() as session, session.begin():
            session.add_all(Feed(url=server.url + path) for path in FEEDS)
            ml = create_list(session, "Syria Digest")
            ml.schedule_cron, ml.timezone = "0 7 * * *", "UTC"
            ml.created_at = now - timedelta(days=30)
            subscribe(session, ml.id, "rana@example.org")
            list_id = ml.id
        fetch_and_ready(rt.sessions, rt.settings, now=now)
    return list_id


def test_a_tick_run_twice_for_the_same_slot_starts_one_send(rt: Runtime) -> None:
    _list_with_news(rt, MORNING)
    started: list[int] = []
    first = send_tick(rt.sessions, rt.settings, MORNING, start=started.append)
    second = send_tick(rt.sessions, rt.settings, MORNING + timedelta(minutes=1),
                       start=started.append)
    assert len(first.started) == 1 and second.started == []
    assert len(started) == 1
    with rt.sessions() as session:
        assert [e.slot for e in session.scalars(select(Edition))] == ["2026-11-25T07:00Z"]


def test_an_edited_schedule_waits_for_its_new_time(rt: Runtime) -> None:
    list_id = _list_with_news(rt, MORNING)
    send_tick(rt.sessions, rt.settings, MORNING, start=lambda _: None)
    with rt.sessions() as session, session.begin():
        ml = session.get(MailingList, list_id)
        assert ml is not None
        ml.schedule_cron = "30 9 * * *"
    # Yesterday's 09:30 is a past slot: editing must not send it now.
    assert send_tick(rt.sessions, rt.settings, MORNING + timedelta(minutes=30),
                     start=lambda _: None).started == []
    tick = send_tick(rt.sessions, rt.settings, MORNING.replace(hour=9, minute=31),
                     start=lambda _: None)
    with rt.sessions() as session:
        slots = sorted(e.slot for e in session.scalars(select(Edition)))
    assert slots == ["2026-11-25T07:00Z", "2026-11-25T09:30Z"]
    assert tick.skipped == {"Syria Digest": tick.skipped["Syria Digest"]}  # nothing new since 07:00


def test_a_stalled_send_is_resumed_by_the_next_tick(rt: Runtime) -> None:
    from digest.delivery.send import prepare_send

    _list_with_news(rt, MORNING)
    started: list[int] = []
    send_tick(rt.sessions, rt.settings, MORNING, start=started.append)
    (edition_id,) = started
    prepare_send(rt.sessions, edition_id, 1000)  # sending began, then its tasks were lost
    soon = send_tick(rt.sessions, rt.settings, MORNING + timedelta(minutes=1),
                     start=lambda _: None)
    later = send_tick(rt.sessions, rt.settings, MORNING + timedelta(minutes=10),
                      start=lambda _: None)
    assert soon.resumed == [] and later.resumed == [edition_id]
