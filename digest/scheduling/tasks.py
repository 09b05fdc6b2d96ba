"""Celery tasks: thin wrappers that take ids, call the lifecycle's functions, return counts.

Nothing outside digest.scheduling imports them: the lifecycle hands work to
dispatch.CeleryQueue, which queues these.
"""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from typing import Any

import redis
from celery import Celery, chord
from celery.signals import beat_init

from digest.config import get_settings
from digest.delivery.ratelimit import RateLimiter, make_limiter
from digest.delivery.send import finish_if_done, retry_delay, send_batch
from digest.delivery.transports.base import TransportError
from digest.delivery.transports.registry import batch_size, make_transport
from digest.ingest.fetch import make_client
from digest.ingest.refresh import due_feed_ids, refresh_feed
from digest.lifecycle import edition as life
from digest.lifecycle.items import ready_items
from digest.models import utcnow
from digest.runtime import get_runtime
from digest.scheduling.dispatch import CeleryQueue
from digest.scheduling.locks import held, redis_client
from digest.scheduling.tick_runs import record_run
from digest.scheduling.ticks import send_tick

app = Celery("digest")
app.config_from_object("celeryconfig")


@app.on_after_configure.connect
def _connect_from_settings(sender: Celery, source: Any, **_: Any) -> None:
    """Read at start-up, not import: celeryconfig derives broker, key prefix and tick
    intervals from the one settings object (a broker set explicitly is kept)."""
    import celeryconfig

    for name, value in celeryconfig.from_settings(get_settings(), source).items():
        setattr(source, name, value)


@beat_init.connect
def _check_feeds_on_start(sender: Any = None, **_: Any) -> None:
    """Beat checks feeds as it starts, then every interval (its first tick would only
    come one interval later), and looks for due lists at once."""
    fetch_due.delay()
    send_due_lists.delay()


def _tick_lock_ttl(interval: float) -> int:
    """A tick's lock outlives one tick's work but not many intervals after a crash."""
    return max(5, min(50, int(interval) - 1))


@lru_cache(maxsize=1)
def _redis() -> redis.Redis:
    return redis_client(get_runtime().settings)


@app.task(name="digest.fetch_feed")
def fetch_feed(feed_id: int) -> dict[str, Any]:
    """Refresh one feed; a feed already being fetched elsewhere is left alone."""
    rt = get_runtime()
    ttl = int(rt.settings.fetch_timeout * 2) + 30
    with held(_redis(), rt.settings, f"feed:{feed_id}", ttl) as mine:
        if not mine:
            return {"feed_id": feed_id, "new": 0, "updated": 0, "error": "",
                    "skipped": "already being fetched"}
        with make_client(rt.settings.fetch_timeout) as client:
            outcome = refresh_feed(
                rt.sessions, feed_id, client, max_bytes=rt.settings.fetch_max_bytes,
                allow_private=rt.settings.allow_private_feeds,
                interval=timedelta(minutes=rt.settings.fetch_interval_minutes))
    return {"feed_id": feed_id, "new": outcome.new, "updated": outcome.updated,
            "error": outcome.error}


@app.task(name="digest.fetch_due")
def fetch_due() -> int:
    """The feed tick: one task per due feed, then tag and group; return how many were queued."""
    rt = get_runtime()
    ttl = _tick_lock_ttl(rt.settings.feed_tick_seconds)
    with held(_redis(), rt.settings, "tick:feeds", ttl) as mine:
        if not mine:
            return 0
        now = utcnow()
        with rt.sessions() as session:
            ids = due_feed_ids(session, now)
        if ids:
            chord(fetch_feed.s(feed_id) for feed_id in ids)(tag_and_group.si())
        record_run(_redis(), rt.settings, "feeds", now, {"queued": len(ids)})
    return len(ids)


@app.task(name="digest.tag_and_group")
def tag_and_group() -> dict[str, int]:
    """After the feed tick's fetches: what they stored made ready for an edition."""
    rt = get_runtime()
    with rt.sessions() as session, session.begin():
        ready = ready_items(session, rt.settings)
    return {"items": ready.items_seen, "tags": ready.tags_written,
            "stories": ready.stories_changed}


@app.task(name="digest.build_edition")
def build_edition_task(list_id: int) -> dict[str, Any]:
    """The list's due edition (lifecycle.build); kept for messages already queued."""
    rt = get_runtime()
    try:
        built = life.build(rt.sessions, rt.settings, list_id)
    except LookupError:
        return {"edition_id": None, "status": "no such list"}
    return {"edition_id": built.edition_id, "status": built.status or "not due"}


@app.task(name="digest.start_send")
def start_send(edition_id: int) -> int:
    """lifecycle.start on a worker: release due buckets, snapshot (or recover after a
    crash) and queue one task per pending batch; how many were queued.

    Safe to run again at any time: claims decide who sends, so a batch queued
    twice is sent once.
    """
    rt = get_runtime()
    return life.start(rt.sessions, rt.settings, edition_id, CeleryQueue())


@lru_cache(maxsize=1)
def _send_limiter() -> RateLimiter:
    """One rate limiter per worker process, sharing its bucket in Redis with the others."""
    s = get_settings()
    return make_limiter(s.send_rate_limit, s.redis_url, s.redis_prefix, batch_size(s))


@app.task(name="digest.send_batch", bind=True, max_retries=20)
def send_batch_task(self: Any, batch_id: int, edition_id: int) -> int:
    """Send one ledger batch; a redelivered task finds it claimed or sent and does nothing.

    Retries use short countdowns only (a long ETA on Redis is redelivered after the
    visibility timeout and runs twice; the claim makes that harmless but slow).
    """
    rt = get_runtime()
    transport = make_transport(rt.settings)
    try:
        sent = send_batch(rt.sessions, batch_id, transport, rt.settings, limiter=_send_limiter())
    except TransportError as exc:
        delay = retry_delay(exc, self.request.retries, rt.settings.send_max_retry_wait)
        raise self.retry(exc=exc, countdown=delay) from exc
    finally:
        transport.close()
    finish_if_done(rt.sessions, edition_id)
    return sent


@app.task(name="digest.send_due_lists")
def send_due_lists() -> int:
    """The send tick: build each due list's edition for its slot and start sending it."""
    rt = get_runtime()
    ttl = _tick_lock_ttl(rt.settings.send_tick_seconds)
    with held(_redis(), rt.settings, "tick:send", ttl) as mine:
        if not mine:
            return 0
        now = utcnow()
        tick = send_tick(rt.sessions, rt.settings, now, start=start_send.delay)
        record_run(_redis(), rt.settings, "send", now, {
            "started": len(tick.started), "released": len(tick.released),
            "resumed": len(tick.resumed), "skipped": len(tick.skipped)})
    return len(tick.started)
