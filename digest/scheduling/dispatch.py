"""The Celery workers behind the lifecycle's `SendQueue`, and what `digest status` asks them.

`CeleryQueue` is the thin adapter: a batch handed to it becomes a `digest.send_batch`
task, a restart a `digest.start_send`, a fetch one `digest.fetch_feed` per feed.
Commands and web pages get it from `workers_queue` and never import a task.
"""

from __future__ import annotations

from typing import Any

from celery import Celery, group

from digest.config import Settings
from digest.delivery.ledger import recipient_counts
from digest.ingest.refresh import FeedOutcome
from digest.lifecycle import edition as life
from digest.lifecycle.cycle import CycleReport, run_cycle
from digest.lifecycle.queue import SendQueue
from digest.models import DeliveryStatus
from digest.runtime import Runtime


class CeleryQueue:
    """Work handed to the Celery workers (the lifecycle then polls the ledger)."""

    name = "celery"
    wait_needed = True

    def __init__(self, timeout: float = 600.0) -> None:
        self.timeout = timeout

    def send_batch(self, batch_id: int, edition_id: int) -> None:
        from digest.scheduling import tasks

        tasks.send_batch_task.delay(batch_id, edition_id)

    def restart(self, edition_id: int) -> None:
        from digest.scheduling import tasks

        tasks.start_send.delay(edition_id)

    def fetch(self, feed_ids: list[int]) -> list[FeedOutcome]:
        from digest.scheduling import tasks

        if not feed_ids:
            return []
        results: list[dict[str, Any]] = group(
            tasks.fetch_feed.s(fid) for fid in feed_ids).apply_async().get(timeout=self.timeout)
        return [FeedOutcome(r["feed_id"], "", new=r["new"], updated=r["updated"],
                            error=r["error"]) for r in results]


def workers_answer(app: Celery, timeout: float = 2.0) -> bool:
    """Whether at least one worker replies to a ping on the configured broker."""
    try:
        # limit=1: return on the first reply instead of waiting out the timeout.
        return bool(app.control.ping(timeout=timeout, limit=1))
    except Exception:  # noqa: BLE001 - an unreachable broker means "no workers"
        return False


def workers_queue(settings: Settings) -> SendQueue | None:
    """The Celery workers when a broker is configured and one answers, else None (the
    caller then sends in its own process)."""
    if not settings.redis_url:
        return None
    from digest.scheduling import tasks

    return CeleryQueue() if workers_answer(tasks.app) else None


def run_cycle_on_workers(rt: Runtime, *, timeout: float = 600.0) -> CycleReport:
    """`digest run` through the workers: the same cycle, with a queue that fans out."""
    return run_cycle(rt.sessions, rt.settings, CeleryQueue(timeout), timeout=timeout)


def wait_for_edition(rt: Runtime, edition_id: int, *, timeout: float,
                     on_stall: Any = None, stall_after: float = 30.0) -> str:
    """The edition's status once it is settled or `timeout` passed (see lifecycle.wait)."""
    return life.wait(rt.sessions, edition_id, timeout=timeout, on_stall=on_stall,
                     stall_after=stall_after).status


def sent_count(rt: Runtime, edition_id: int) -> int:
    """Readers the ledger records as sent for this edition."""
    with rt.sessions() as session:
        return recipient_counts(session, edition_id).get(DeliveryStatus.SENT, 0)


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
