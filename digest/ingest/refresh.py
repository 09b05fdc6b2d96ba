"""The ingest job: fetch, parse, store, schedule the next check (one feed at a time)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from digest.ingest.fetch import FetchResult, fetch, make_client
from digest.ingest.parse import FeedParseError, parse_feed
from digest.ingest.store import store_entries
from digest.models import Feed, utcnow

CHECK_INTERVAL = timedelta(minutes=30)
MAX_BACKOFF = timedelta(hours=24)


@dataclass
class FeedOutcome:
    feed_id: int
    url: str
    new: int = 0
    updated: int = 0
    not_modified: bool = False
    error: str = ""
    warning: str = ""


def due_feed_ids(session: Session, now: datetime, *, everything: bool = False) -> list[int]:
    query = select(Feed.id).where(Feed.disabled.is_(False)).order_by(Feed.id)
    if not everything:
        query = query.where(or_(Feed.next_check_at.is_(None), Feed.next_check_at <= now))
    return list(session.scalars(query))


def refresh_feed(
    factory: sessionmaker[Session], feed_id: int, client: httpx.Client, *, max_bytes: int,
    now: datetime | None = None,
) -> FeedOutcome:
    """Fetch one feed, store its items and record its health; never raises for a bad feed."""
    now = now or utcnow()
    with factory() as session:
        feed = session.get(Feed, feed_id)
        if feed is None:
            return FeedOutcome(feed_id, "", error="no such feed")
        url, etag, last_modified = feed.url, feed.etag, feed.last_modified
    result = fetch(client, url, etag=etag, last_modified=last_modified, max_bytes=max_bytes)
    outcome = FeedOutcome(feed_id, url, not_modified=result.not_modified, error=result.error)
    parsed = None
    if result.ok:
        try:
            parsed = parse_feed(result.body, content_type=result.content_type)
            outcome.warning = parsed.warning
        except FeedParseError as exc:
            outcome.error = str(exc)
    with factory() as session, session.begin():
        feed = session.get(Feed, feed_id)
        if feed is None:
            return outcome
        if parsed is not None:
            outcome.new, outcome.updated = store_entries(session, feed_id, parsed.entries, now)
            feed.title = feed.title or parsed.title[:500]
            feed.site_url = feed.site_url or parsed.site_url[:2000]
        _record_health(feed, result, outcome, now)
    return outcome


def _record_health(feed: Feed, result: FetchResult, outcome: FeedOutcome, now: datetime) -> None:
    feed.last_fetched_at = now
    feed.last_status = result.status or None
    feed.last_warning = outcome.warning
    if outcome.error:
        feed.consecutive_failures += 1
        feed.last_error = outcome.error
        backoff = min(CHECK_INTERVAL * 2 ** (feed.consecutive_failures - 1), MAX_BACKOFF)
        feed.next_check_at = now + backoff
        return
    feed.last_success_at = now
    feed.consecutive_failures = 0
    feed.last_error = ""
    if result.etag or result.last_modified:
        feed.etag, feed.last_modified = result.etag, result.last_modified
    feed.next_check_at = now + CHECK_INTERVAL


def refresh_feeds(
    factory: sessionmaker[Session], feed_ids: list[int], *, timeout: float, max_bytes: int,
    concurrency: int = 8,
) -> list[FeedOutcome]:
    """Refresh many feeds concurrently in this process; one bad feed never stops the rest."""
    with make_client(timeout) as client, ThreadPoolExecutor(max_workers=concurrency) as pool:
        return list(pool.map(
            lambda fid: refresh_feed(factory, fid, client, max_bytes=max_bytes), feed_ids
        ))
