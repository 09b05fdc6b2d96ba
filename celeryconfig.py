"""Celery settings for digest: fixed routing here, the rest from the one settings object.

`from_settings` is called when the app is configured (never at import): the broker
and result backend are DIGEST_REDIS_URL, keys get DIGEST_REDIS_PREFIX, and beat's
ticks run every DIGEST_FEED_TICK_SECONDS / DIGEST_SEND_TICK_SECONDS.

Queues per stage, so a slow send never delays feed refreshes.  Send tasks are
idempotent (the ledger skips what is sent), so they ack late and are redelivered
if a worker dies; the visibility timeout outlasts the longest task.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from digest.config import Settings

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
enable_utc = True

task_acks_late = True
task_reject_on_worker_lost = True
worker_prefetch_multiplier = 1
broker_connection_retry_on_startup = True
broker_transport_options = {"visibility_timeout": 3 * 3600}
result_expires = 24 * 3600

task_default_queue = "compose"
task_routes = {
    "digest.fetch_feed": {"queue": "ingest"},
    "digest.fetch_due": {"queue": "ingest"},
    "digest.tag_and_group": {"queue": "compose"},
    "digest.build_edition": {"queue": "compose"},
    "digest.start_send": {"queue": "send"},
    "digest.send_batch": {"queue": "send"},
    "digest.send_due_lists": {"queue": "compose"},
}

beat_schedule = {
    "feed-tick": {"task": "digest.fetch_due", "schedule": timedelta(minutes=5)},
    "send-tick": {"task": "digest.send_due_lists", "schedule": timedelta(minutes=1)},
}


def from_settings(settings: Settings, current: Any) -> dict[str, Any]:
    """The values that come from `settings`, given the configuration so far (`current`):
    a broker set explicitly (e.g. by `digest worker` for an embedded Redis) is kept."""
    values: dict[str, Any] = {}
    if settings.redis_url and not current.broker_url:
        values["broker_url"] = values["result_backend"] = settings.redis_url
    if settings.redis_prefix:
        values["broker_transport_options"] = {
            **current.broker_transport_options, "global_keyprefix": settings.redis_prefix}
        values["result_backend_transport_options"] = {"global_keyprefix": settings.redis_prefix}
    intervals = {"feed-tick": settings.feed_tick_seconds,
                 "send-tick": settings.send_tick_seconds}
    values["beat_schedule"] = {
        name: {**entry, "schedule": timedelta(seconds=intervals[name])}
        if name in intervals else entry
        for name, entry in current.beat_schedule.items()}
    return values
