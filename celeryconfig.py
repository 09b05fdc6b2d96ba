"""Celery settings for digest (the broker URL comes from DIGEST_REDIS_URL at start-up).

Queues per stage, so a slow send never delays feed refreshes.  Send tasks are
idempotent (the ledger skips what is sent), so they ack late and are redelivered
if a worker dies; the visibility timeout outlasts the longest task.
"""

from datetime import timedelta

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
