"""Run a cycle on Celery workers when they answer, fanning out per feed and per batch."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from celery import Celery, group
from sqlalchemy import select

from digest.config import Settings
from digest.delivery.ledger import batch_counts, recipient_counts
from digest.delivery.progress import FINAL, StallClock
from digest.ingest.refresh import FeedOutcome, due_feed_ids
from digest.models import BatchStatus, Edition, EditionStatus, MailingList, utcnow
from digest.pipeline import CycleReport, ListOutcome, inactive_members
from digest.runtime import Runtime


def workers_answer(app: Celery, timeout: float = 2.0) -> bool:
    """Whether at least one worker replies to a ping on the configured broker."""
    try:
        # limit=1: return on the first reply instead of waiting out the timeout.
        return bool(app.control.ping(timeout=timeout, limit=1))
    except Exception:  # noqa: BLE001 - an unreachable broker means "no workers"
        return False


def run_cycle_on_workers(rt: Runtime, *, timeout: float = 600.0) -> CycleReport:
    """`digest run` through the workers: one task per feed, then tag, build and send per list."""
    from digest.scheduling import tasks

    report = CycleReport()
    with rt.sessions() as session:
        feed_ids = due_feed_ids(session, utcnow())
        lists = session.execute(
            select(MailingList.id, MailingList.name).order_by(MailingList.id)).all()
    if feed_ids:
        results: list[dict[str, Any]] = group(
            tasks.fetch_feed.s(fid) for fid in feed_ids).apply_async().get(timeout=timeout)
        report.feeds = [FeedOutcome(r["feed_id"], "", new=r["new"], updated=r["updated"],
                                    error=r["error"]) for r in results]
    counts = tasks.tag_and_group.delay().get(timeout=timeout)
    report.items_seen, report.tags_written = counts["items"], counts["tags"]
    report.stories_changed = counts["stories"]
    for list_id, list_name in lists:
        built = tasks.build_edition_task.delay(list_id).get(timeout=timeout)
        outcome = ListOutcome(list_name=list_name, edition_id=built["edition_id"],
                              status=built["status"])
        if built["status"] in (EditionStatus.READY, EditionStatus.SENDING):
            edition_id = built["edition_id"]
            tasks.start_send.delay(edition_id).get(timeout=timeout)
            # A worker that died mid-send holds its batches for a lease: past it, start_send
            # again gives them back and re-queues them (as `digest send` does).
            outcome.status = wait_for_edition(
                rt, edition_id, timeout=timeout,
                on_stall=partial(tasks.start_send.delay, edition_id),
                stall_after=max(5.0, rt.settings.send_claim_lease))
            outcome.recipients = sent_count(rt, edition_id)
        with rt.sessions() as session:
            mailing_list = session.get(MailingList, list_id)
            assert mailing_list is not None
            outcome.skipped_inactive = inactive_members(session, mailing_list)
        report.lists.append(outcome)
    return report


def wait_for_edition(rt: Runtime, edition_id: int, *, timeout: float,
                     on_stall: Callable[[], object] | None = None,
                     stall_after: float = 30.0) -> str:
    """Poll the ledger until the edition is sent, paused or the timeout passes.

    `on_stall` runs when no batch changed state for `stall_after` seconds while the
    edition is still open.
    """
    deadline = time.monotonic() + timeout
    stall = StallClock(stall_after)
    while True:
        with rt.sessions() as session:
            edition = session.get(Edition, edition_id)
            status = edition.status if edition else "missing"
            moved = (status, tuple(sorted(batch_counts(session, edition_id).items())))
        if status in FINAL or time.monotonic() > deadline:
            return str(status)
        if stall.stalled(moved) and on_stall is not None:
            on_stall()
        time.sleep(0.2)


def sent_count(rt: Runtime, edition_id: int) -> int:
    """Readers the ledger records as sent for this edition."""
    with rt.sessions() as session:
        return recipient_counts(session, edition_id).get(BatchStatus.SENT, 0)


QUEUES = ("ingest", "compose", "send")


def queue_lengths(settings: Settings) -> dict[str, int | None]:
    """Messages waiting per queue (None when Redis is not configured or not reachable)."""
    if not settings.redis_url:
        return dict.fromkeys(QUEUES)
    from digest.scheduling.locks import redis_client

    try:
        client = redis_client(settings)
        return {q: int(client.llen(settings.redis_prefix + q)) for q in QUEUES}
    except Exception:  # noqa: BLE001 - status must show, even with Redis down
        return dict.fromkeys(QUEUES)


def workers_seen(settings: Settings, timeout: float = 1.0) -> list[str]:
    """Names of the workers that answer a ping on the broker these settings name.

    The ping goes through a throwaway Celery app, so asking never changes (or depends
    on) the broker and connection pool this process's own app already uses.
    """
    if not settings.redis_url:
        return []
    probe = Celery("digest-status", broker=settings.redis_url, set_as_current=False)
    if settings.redis_prefix:
        probe.conf.broker_transport_options = {"global_keyprefix": settings.redis_prefix}
    try:
        replies = probe.control.ping(timeout=timeout)
    except Exception:  # noqa: BLE001
        return []
    finally:
        probe.close()
    return sorted(name for reply in replies for name in reply)


def last_tick_runs(settings: Settings) -> dict[str, dict[str, Any] | None]:
    """Each beat tick's last run and next due time (None: never seen or Redis unreachable)."""
    from digest.scheduling.tick_runs import TICKS, last_runs

    if not settings.redis_url:
        return dict.fromkeys(TICKS)
    from digest.scheduling.locks import redis_client

    try:
        return last_runs(redis_client(settings), settings)
    except Exception:  # noqa: BLE001 - status must show, even with Redis down
        return dict.fromkeys(TICKS)
