"""Feed health and scheduling: what one fetch means for a feed's next check and state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from digest.ingest.fetch import FetchResult
from digest.models import Feed

CHECK_INTERVAL = timedelta(minutes=30)
MAX_BACKOFF = timedelta(hours=24)
GONE_MESSAGE = "HTTP 410 Gone: the publisher removed this feed, so it is disabled"


@dataclass
class FeedOutcome:
    """What refreshing one feed did, for summaries and the pipeline report."""

    feed_id: int
    url: str
    new: int = 0
    updated: int = 0
    not_modified: bool = False
    error: str = ""
    warning: str = ""
    status: int = 0
    moved_to: str = ""  # the new URL after a permanent redirect
    disabled: bool = False


def next_delay(failures: int, interval: timedelta, retry_after: float | None) -> timedelta:
    """The wait before the next check: the interval, doubled per consecutive failure
    (at most MAX_BACKOFF), and never shorter than what the server asked for (also capped)."""
    delay = interval if failures == 0 else min(interval * 2 ** (failures - 1), MAX_BACKOFF)
    if retry_after is not None:
        delay = max(delay, min(timedelta(seconds=retry_after), MAX_BACKOFF))
    return delay


def record_health(
    feed: Feed, result: FetchResult, outcome: FeedOutcome, now: datetime,
    interval: timedelta = CHECK_INTERVAL,
) -> None:
    """Write the fetch's effect on the feed: status, validators, failures, next check."""
    feed.last_fetched_at = now
    feed.last_status = result.status or None
    feed.last_warning = outcome.warning[:2000]
    if result.status == 410:
        feed.disabled = True
        outcome.disabled = True
        outcome.error = GONE_MESSAGE
    if outcome.error:
        feed.consecutive_failures += 1
        feed.last_error = outcome.error[:2000]
        feed.next_check_at = now + next_delay(feed.consecutive_failures, interval,
                                              result.retry_after)
        return
    feed.last_success_at = now
    feed.consecutive_failures = 0
    feed.last_error = ""
    if result.not_modified:
        # A 304 may refresh the validators; it never removes them.
        feed.etag = result.etag or feed.etag
        feed.last_modified = result.last_modified or feed.last_modified
    else:
        feed.etag, feed.last_modified = result.etag, result.last_modified
    feed.next_check_at = now + next_delay(0, interval, result.retry_after)
