"""The ingest job: fetch, parse, store, schedule the next check.

`refresh_feed` does one feed (a Celery task per feed calls it); `refresh_feeds` does
many in this process: fetches run in threads (bounded overall and per host), parsing
runs in worker processes, and one writer commits finished feeds in groups.
"""

from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from digest.config import Settings
from digest.ingest.catalog import shown, url_problem
from digest.ingest.fetch import FetchResult, fetch, make_client
from digest.ingest.health import CHECK_INTERVAL, FeedOutcome, record_health
from digest.ingest.hosts import HostLimiter, interleave_by_host
from digest.ingest.pool import Parser, default_workers
from digest.ingest.prepare import PreparedFeed
from digest.ingest.store import store_rows
from digest.models import Feed, utcnow

__all__ = ["CHECK_INTERVAL", "FeedOutcome", "due_feed_ids", "refresh_feed", "refresh_feeds",
           "refresh_with_settings"]

PARSE_POOL_MIN_FEEDS = 8  # below this, starting worker processes costs more than it saves


@dataclass(frozen=True)
class FeedPlan:
    """What a fetch needs to know about a feed, read before any request is made."""

    feed_id: int
    url: str
    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True)
class Fetched:
    plan: FeedPlan
    result: FetchResult
    prepared: PreparedFeed | None  # None unless a body arrived


def due_feed_ids(session: Session, now: datetime, *, everything: bool = False) -> list[int]:
    """Enabled feeds whose next check time has come (all enabled feeds with `everything`)."""
    query = select(Feed.id).where(Feed.disabled.is_(False)).order_by(Feed.id)
    if not everything:
        query = query.where(or_(Feed.next_check_at.is_(None), Feed.next_check_at <= now))
    return list(session.scalars(query))


def load_plans(factory: sessionmaker[Session], feed_ids: list[int]) -> list[FeedPlan]:
    with factory() as session:
        rows = session.execute(select(Feed.id, Feed.url, Feed.etag, Feed.last_modified)
                               .where(Feed.id.in_(feed_ids))).all()
    return [FeedPlan(r.id, r.url, r.etag, r.last_modified) for r in rows]


def fetch_and_prepare(
    plan: FeedPlan, client: httpx.Client, parser: Parser, now: datetime, *, max_bytes: int,
    allow_private: bool, limiter: HostLimiter | None = None,
) -> Fetched:
    """Fetch a feed and, when a body arrived, parse and prepare it. Never raises."""
    result = fetch(client, plan.url, etag=plan.etag, last_modified=plan.last_modified,
                   max_bytes=max_bytes, allow_private=allow_private, limiter=limiter)
    prepared = None
    if result.ok:
        prepared = parser.prepare(result.body, result.content_type, result.url, now)
    return Fetched(plan, result, prepared)


def apply_fetched(
    session: Session, fetched: Fetched, now: datetime, interval: timedelta = CHECK_INTERVAL,
) -> FeedOutcome:
    """Store one feed's items and health in `session` (the caller commits)."""
    plan, result, prepared = fetched.plan, fetched.result, fetched.prepared
    outcome = FeedOutcome(plan.feed_id, plan.url, not_modified=result.not_modified,
                          error=result.error, status=result.status)
    feed = session.get(Feed, plan.feed_id)
    if feed is None:
        outcome.error = "no such feed"
        return outcome
    if prepared is not None:
        outcome.error, outcome.warning = prepared.error, prepared.warning
        if not prepared.error:
            outcome.new, outcome.updated = store_rows(session, feed.id, prepared.rows, now)
            feed.title = feed.title or prepared.title
            feed.site_url = feed.site_url or prepared.site_url
    if result.permanent_url and result.permanent_url != feed.url:
        _move(session, feed, result.permanent_url, outcome)
    record_health(feed, result, outcome, now, interval)
    return outcome


def _move(session: Session, feed: Feed, new_url: str, outcome: FeedOutcome) -> None:
    """Follow a permanent redirect for good, unless another feed already has that URL or it
    is no address a feed may have (catalog.url_problem: a URL cut to fit would be broken)."""
    taken = session.scalar(select(Feed.id).where(Feed.url == new_url, Feed.id != feed.id))
    problem = url_problem(new_url)
    if taken is not None or problem:
        why = f"which is already feed {taken}" if taken is not None else f"not kept: {problem}"
        note = f"moved permanently to {shown(new_url)}, {why}"
        outcome.warning = "; ".join(w for w in (outcome.warning, note) if w)
        return
    feed.url = new_url
    outcome.moved_to = new_url


def refresh_feed(
    factory: sessionmaker[Session], feed_id: int, client: httpx.Client, *, max_bytes: int,
    now: datetime | None = None, allow_private: bool = False,
    interval: timedelta = CHECK_INTERVAL,
) -> FeedOutcome:
    """Fetch one feed, store its items and record its health; never raises for a bad feed."""
    now = now or utcnow()
    plans = load_plans(factory, [feed_id])
    if not plans:
        return FeedOutcome(feed_id, "", error="no such feed")
    fetched = fetch_and_prepare(plans[0], client, Parser(1), now, max_bytes=max_bytes,
                                allow_private=allow_private)
    with factory() as session, session.begin():
        return apply_fetched(session, fetched, now, interval)


def refresh_feeds(
    factory: sessionmaker[Session], feed_ids: list[int], *, timeout: float, max_bytes: int,
    concurrency: int = 8, per_host: int = 2, connect_timeout: float | None = None,
    allow_private: bool = False, interval: timedelta = CHECK_INTERVAL,
    parse_workers: int = 0, now: datetime | None = None,
) -> list[FeedOutcome]:
    """Refresh many feeds concurrently in this process; one bad feed never stops the rest.

    At most `concurrency` requests run at once and at most `per_host` to one host;
    `parse_workers` processes parse (0: one per core).  Outcomes come in `feed_ids` order.
    """
    now = now or utcnow()
    plans = interleave_by_host(load_plans(factory, feed_ids), lambda p: p.url)
    workers = parse_workers or default_workers()
    if len(plans) < PARSE_POOL_MIN_FEEDS:
        workers = 1
    limiter = HostLimiter(per_host)
    outcomes: dict[int, FeedOutcome] = {}
    with (make_client(timeout, connect_timeout=connect_timeout, max_connections=concurrency)
          as client, Parser(workers) as parser,
          ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="fetch") as threads):
        pending: set[Future[Fetched]] = {
            threads.submit(fetch_and_prepare, plan, client, parser, now, max_bytes=max_bytes,
                           allow_private=allow_private, limiter=limiter)
            for plan in plans
        }
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for outcome in _write_group(factory, [f.result() for f in done], now, interval):
                outcomes[outcome.feed_id] = outcome
    missing = [FeedOutcome(fid, "", error="no such feed") for fid in feed_ids
               if fid not in outcomes]
    outcomes.update({o.feed_id: o for o in missing})
    return [outcomes[fid] for fid in dict.fromkeys(feed_ids)]


def _write_group(
    factory: sessionmaker[Session], group: list[Fetched], now: datetime, interval: timedelta,
) -> list[FeedOutcome]:
    """Commit finished feeds together (one transaction, far fewer commits); on a database
    error, one by one, so only the feed whose items cannot be stored records an error."""
    try:
        with factory() as session, session.begin():
            return [apply_fetched(session, fetched, now, interval) for fetched in group]
    except Exception:  # noqa: BLE001 - retried per feed below, where the error is kept
        return [_write_one(factory, fetched, now, interval) for fetched in group]


def _write_one(
    factory: sessionmaker[Session], fetched: Fetched, now: datetime, interval: timedelta
) -> FeedOutcome:
    try:
        with factory() as session, session.begin():
            return apply_fetched(session, fetched, now, interval)
    except Exception as exc:  # noqa: BLE001 - keep the message on the feed
        error = f"could not store items: {type(exc).__name__}: {exc}"[:2000]
    failed = Fetched(fetched.plan, FetchResult(fetched.result.status, fetched.result.url,
                                               error=error), None)
    with factory() as session, session.begin():
        return apply_fetched(session, failed, now, interval)


def refresh_with_settings(
    factory: sessionmaker[Session], feed_ids: list[int], settings: Settings,
) -> list[FeedOutcome]:
    """`refresh_feeds` with every knob read from settings (what commands should call)."""
    return refresh_feeds(
        factory, feed_ids, timeout=settings.fetch_timeout, max_bytes=settings.fetch_max_bytes,
        concurrency=settings.fetch_concurrency, per_host=settings.fetch_per_host,
        connect_timeout=settings.fetch_connect_timeout,
        allow_private=settings.allow_private_feeds,
        interval=timedelta(minutes=settings.fetch_interval_minutes),
        parse_workers=settings.fetch_parse_workers,
    )
