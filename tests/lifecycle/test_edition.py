"""The lifecycle's rules on a fixed clock: which slot is due, what is built again, a dry run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.delivery.recipients import preview_recipients
from digest.delivery.transports.outbox import OutboxTransport
from digest.ingest.refresh import due_feed_ids, refresh_with_settings
from digest.lifecycle import edition as life
from digest.lifecycle.queue import InProcess
from digest.local.demo import FEEDS, sample_documents
from digest.local.feedserver import FeedServer
from digest.models import Edition, EditionStatus, Feed, MailingList, MembershipStatus
from digest.runtime import Runtime

MONDAY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


def _list(rt: Runtime, cron: str = "0 7 * * *") -> int:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        ml.schedule_cron, ml.timezone = cron, "UTC"
        ml.created_at = MONDAY - timedelta(days=30)
        subscribe(session, ml.id, "rana@example.org")
        subscribe(session, ml.id, "later@example.org", status=MembershipStatus.PENDING)
        return ml.id


def _stories_arrive(rt: Runtime, now: datetime) -> None:
    """Feeds fetched (stored, not yet tagged): the next build tags and groups them."""
    with FeedServer(sample_documents(now)) as server:
        with rt.sessions() as session, session.begin():
            session.add_all(Feed(url=server.url + path) for path in FEEDS)
        with rt.sessions() as session:
            ids = due_feed_ids(session, now)
        refresh_with_settings(rt.sessions, ids, rt.settings)


def _editions(rt: Runtime) -> list[tuple[str, str]]:
    with rt.sessions() as session:
        return [(e.slot, str(e.status)) for e in session.scalars(select(Edition))]


def test_a_weekly_list_days_after_its_send_time_has_nothing_due(rt: Runtime) -> None:
    list_id = _list(rt, cron="0 7 * * 1")
    built = life.build(rt.sessions, rt.settings, list_id, now=MONDAY + timedelta(days=4))
    assert (built.slot, built.edition_id) == (None, None)
    assert "next at 2026-11-30 07:00" in built.reason
    assert _editions(rt) == []
    on_time = life.build(rt.sessions, rt.settings, list_id, now=MONDAY + timedelta(hours=3))
    assert on_time.slot == "2026-11-23T07:00Z"


def test_a_slot_skipped_for_lack_of_news_is_built_again_when_stories_arrive(
    rt: Runtime
) -> None:
    list_id = _list(rt)
    early = life.build(rt.sessions, rt.settings, list_id, now=MONDAY)
    assert early.status == EditionStatus.SKIPPED and "no new stories" in early.reason
    _stories_arrive(rt, MONDAY + timedelta(hours=2))
    later = life.build(rt.sessions, rt.settings, list_id, now=MONDAY + timedelta(hours=2))
    assert (later.edition_id, later.slot, later.status) == (
        early.edition_id, early.slot, EditionStatus.READY)
    assert "cabinet" in later.subject.lower()


def test_an_edition_that_mailed_anyone_is_never_built_again(rt: Runtime) -> None:
    list_id = _list(rt)
    _stories_arrive(rt, MONDAY)
    built = life.build(rt.sessions, rt.settings, list_id, now=MONDAY)
    assert built.edition_id is not None
    outbox = OutboxTransport(rt.settings.data_dir / "outbox")
    life.start(rt.sessions, rt.settings, built.edition_id,
               InProcess(rt.sessions, rt.settings, outbox), now=MONDAY)
    with rt.sessions() as session:
        sent = session.get(Edition, built.edition_id)
        assert sent is not None
        html = sent.html
    _stories_arrive(rt, MONDAY + timedelta(hours=3))
    again = life.build(rt.sessions, rt.settings, list_id, now=MONDAY + timedelta(hours=3))
    with rt.sessions() as session:
        kept = session.get(Edition, built.edition_id)
        assert kept is not None and kept.html == html
    assert (again.edition_id, again.status) == (built.edition_id, EditionStatus.SENT)
    assert _editions(rt) == [("2026-11-23T07:00Z", EditionStatus.SENT)]


def test_a_dry_run_counts_who_would_receive_it_and_members_by_status(rt: Runtime) -> None:
    list_id = _list(rt)
    with rt.sessions() as session:
        ml = session.get(MailingList, list_id)
        assert ml is not None
        plan = preview_recipients(session, ml, batch_size=1000)
    assert (plan.total, plan.batches) == (1, 1)
    assert plan.by_status == {"active": 1, "pending": 1}
    assert _editions(rt) == []  # nothing written
