"""The only module that knows feedparser: bytes in, plain dataclasses out."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser


@dataclass(frozen=True)
class ParsedEntry:
    guid: str
    link: str
    title: str
    summary_html: str
    published: datetime | None
    author: str = ""
    categories: tuple[str, ...] = ()
    image_url: str = ""


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    site_url: str
    entries: list[ParsedEntry] = field(default_factory=list)
    # Set when the document was malformed; entries may still be usable.
    warning: str = ""


class FeedParseError(Exception):
    """The document yielded no entries and is not a feed."""


def parse_feed(body: bytes, *, content_type: str = "") -> ParsedFeed:
    """Parse RSS 0.9x/1.0/2.0, Atom or RDF bytes; raise FeedParseError when nothing is usable."""
    headers = {"content-type": content_type} if content_type else None
    doc = feedparser.parse(body, response_headers=headers, sanitize_html=False)
    warning = ""
    if doc.get("bozo"):
        warning = f"malformed feed: {_describe(doc.get('bozo_exception'))}"
    if not doc.entries and not doc.get("version"):
        raise FeedParseError(warning or "not a feed (no RSS, Atom or RDF document found)")
    feed = doc.get("feed", {})
    return ParsedFeed(
        title=str(feed.get("title", "")),
        site_url=str(feed.get("link", "")),
        entries=[_entry(e) for e in doc.entries],
        warning=warning,
    )


def _entry(e: Any) -> ParsedEntry:
    content = e.get("content") or []
    summary = e.get("summary", "")
    if content and len(content[0].get("value", "")) > len(summary):
        summary = content[0].get("value", "")
    return ParsedEntry(
        guid=str(e.get("id", "")),
        link=str(e.get("link", "")),
        title=str(e.get("title", "")),
        summary_html=str(summary),
        # dict.get: feedparser warns when its key aliases are used.
        published=_date(dict.get(e, "published_parsed") or dict.get(e, "updated_parsed")),
        author=str(e.get("author", "")),
        categories=tuple(str(t.get("term", "")) for t in e.get("tags", []) if t.get("term")),
        image_url=_image(e),
    )


def _date(parsed: Any) -> datetime | None:
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC)


def _image(e: Any) -> str:
    for thumb in e.get("media_thumbnail", []) or []:
        if thumb.get("url"):
            return str(thumb["url"])
    for media in e.get("media_content", []) or []:
        if media.get("url") and str(media.get("medium", "image")) == "image":
            return str(media["url"])
    for link in e.get("links", []) or []:
        if link.get("rel") == "enclosure" and str(link.get("type", "")).startswith("image/"):
            return str(link.get("href", ""))
    return ""


def _describe(exc: object) -> str:
    return str(exc).strip() or type(exc).__name__
