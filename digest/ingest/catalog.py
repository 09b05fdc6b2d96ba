"""The feed list as operators see it: health rows, adding a feed, OPML import/export, one-off
checks.

`add_feed` is the one way a feed is added by hand: `digest feeds add` and the console's
Feeds page both call it, so both refuse the same URLs with the same reason and both audit."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from digest.ingest.fetch import fetch, make_client
from digest.ingest.opml import OPMLFeed
from digest.ingest.pool import Parser
from digest.ingest.prepare import PreparedFeed
from digest.ingest.ssrf import ALLOWED_SCHEMES, is_public_address
from digest.models import AuditEntry, Feed, Item

RATE_WINDOW = timedelta(days=7)
MAX_URL_LENGTH = 2000  # the feeds table's url column


class FeedRefused(ValueError):
    """A feed that cannot be added; the message says why (one line, safe to print)."""


def url_problem(url: str) -> str | None:
    """Why `url` cannot be a feed's address, or None: it must be an http(s) URL with a host,
    at most MAX_URL_LENGTH characters, without spaces or control characters (a URL pasted
    across two lines is refused, not stored cut or with a line break in it)."""
    if len(url) > MAX_URL_LENGTH:
        return f"longer than {MAX_URL_LENGTH} characters"
    if any(c.isspace() or not c.isprintable() for c in url):
        return "spaces or control characters in the URL"
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # "http://[::1" and other broken hosts
        return "not an http(s) URL"
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not host:
        return "not an http(s) URL"
    return None


def shown(url: str) -> str:
    """The URL as a message prints it: its first 200 characters, control characters as ?."""
    return "".join(c if c.isprintable() else "?" for c in url[:200])


def add_feed(session: Session, url: str, *, actor: str) -> Feed:
    """Adds the feed at `url` and audits it as `actor` ("cli", "admin:rana"); raises
    FeedRefused for a URL `url_problem` refuses or one already added."""
    if problem := url_problem(url):
        raise FeedRefused(f"{problem}: {shown(url)}")
    if session.scalar(select(Feed.id).where(Feed.url == url)) is not None:
        raise FeedRefused(f"feed already added: {shown(url)}")
    feed = Feed(url=url)
    session.add(feed)
    session.flush()
    session.add(AuditEntry(actor=actor, action="feed_added", subject_type="feed",
                           subject_id=feed.id, detail={"url": url}))
    return feed


def private_host_warning(url: str, *, allow_private: bool) -> str | None:
    """What to tell whoever adds `url` when its host is plainly not public (localhost or a
    non-public IP literal) and private feeds are refused: every fetch of it will be. A host
    name is not resolved here: the fetch checks every address it resolves to."""
    if allow_private:
        return None
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not (host == "localhost" or host.endswith(".localhost") or _private_literal(host)):
        return None
    return (f"{host} is not a public address, so fetches of this feed are refused; set "
            "DIGEST_ALLOW_PRIVATE_FEEDS=1 to allow feeds inside your network")


def _private_literal(host: str) -> bool:
    """`host` is an IP address, not a name, and not a public one."""
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return not is_public_address(host)


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
        if problem := url_problem(feed.url):
            report.refused.append((shown(feed.url), problem))
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
