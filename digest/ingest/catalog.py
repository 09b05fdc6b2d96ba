"""The feed list as operators see it: health rows, OPML import/export, one-off checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from digest.ingest.fetch import fetch, make_client
from digest.ingest.opml import OPMLFeed
from digest.ingest.pool import Parser
from digest.ingest.prepare import PreparedFeed
from digest.ingest.ssrf import ALLOWED_SCHEMES
from digest.models import Feed, Item

RATE_WINDOW = timedelta(days=7)


def feed_health(session: Session, now: datetime) -> list[dict[str, Any]]:
    """One row per feed: identity, item counts and every health field, for list and --json."""
    counts = {feed_id: n for feed_id, n in session.execute(
        select(Item.feed_id, func.count()).group_by(Item.feed_id))}
    recent = {feed_id: n for feed_id, n in session.execute(
        select(Item.feed_id, func.count()).where(Item.published_at >= now - RATE_WINDOW)
        .group_by(Item.feed_id))}
    return [{
        "id": f.id, "url": f.url, "title": f.title, "site_url": f.site_url,
        "item_count": counts.get(f.id, 0),
        "items_per_day": round(recent.get(f.id, 0) / RATE_WINDOW.days, 1),
        "last_fetched_at": f.last_fetched_at, "last_success_at": f.last_success_at,
        "last_status": f.last_status, "last_error": f.last_error,
        "last_warning": f.last_warning, "consecutive_failures": f.consecutive_failures,
        "next_check_at": f.next_check_at, "disabled": f.disabled,
    } for f in session.scalars(select(Feed).order_by(Feed.id))]


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    already_present: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)


def import_feeds(session: Session, feeds: list[OPMLFeed]) -> ImportReport:
    """Add the feeds not yet present (by exact URL); refuse non-http(s) URLs."""
    report = ImportReport()
    present = set(session.scalars(select(Feed.url)))
    for feed in feeds:
        if feed.url.split(":", 1)[0].lower() not in ALLOWED_SCHEMES or len(feed.url) > 2000:
            report.refused.append((feed.url, "not an http(s) URL"))
        elif feed.url in present:
            report.already_present.append(feed.url)
        else:
            session.add(Feed(url=feed.url, title=feed.title[:500], site_url=feed.site_url[:2000]))
            present.add(feed.url)
            report.added.append(feed.url)
    return report


def export_feeds(session: Session) -> list[OPMLFeed]:
    """Every feed (disabled ones too: the list is the operator's), in id order."""
    return [OPMLFeed(f.url, f.title, f.site_url)
            for f in session.scalars(select(Feed).order_by(Feed.id))]


@dataclass(frozen=True)
class CheckResult:
    url: str
    status: int
    final_url: str
    error: str
    prepared: PreparedFeed | None
    body_bytes: int = 0


def check_feed(
    url: str, now: datetime, *, timeout: float, max_bytes: int, allow_private: bool,
    connect_timeout: float | None = None,
) -> CheckResult:
    """Fetch and parse once, exactly as a refresh would, and store nothing."""
    with make_client(timeout, connect_timeout=connect_timeout) as client:
        result = fetch(client, url, max_bytes=max_bytes, allow_private=allow_private)
    prepared = None
    if result.ok:
        prepared = Parser(1).prepare(result.body, result.content_type, result.url, now)
    return CheckResult(url, result.status, result.url, result.error, prepared, len(result.body))
