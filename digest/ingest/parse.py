"""The only module that knows feedparser: bytes in, plain dataclasses out."""

from __future__ import annotations

import calendar
import io
import re
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


def parse_feed(body: bytes, *, content_type: str = "", base_url: str = "") -> ParsedFeed:
    """Parse RSS 0.9x/1.0/2.0, Atom or RDF bytes; raise FeedParseError when nothing is usable.

    `base_url` (the URL the document came from) resolves relative links.  The bytes are
    handed over as a stream: feedparser treats a bytes argument as a possible file name.
    """
    headers = {}
    if corrected := _content_type(body, content_type):
        headers["content-type"] = corrected
    if base_url:
        headers["content-location"] = base_url
    doc = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=False)
    warning = ""
    if doc.get("bozo"):
        warning = f"malformed feed: {_describe(doc.get('bozo_exception'))}"
    if not doc.entries and not doc.get("version"):
        raise FeedParseError(warning or "not a feed (no RSS, Atom or RDF document found)")
    if not doc.entries and doc.get("bozo"):
        raise FeedParseError(f"no entries could be read ({warning})")
    feed = doc.get("feed", {})
    return ParsedFeed(
        title=str(feed.get("title", "")),
        site_url=str(feed.get("link", "")),
        entries=[_entry(e) for e in doc.entries],
        warning=warning,
    )


_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']""")
_CHARSET = re.compile(r"charset=[\"']?([A-Za-z0-9._-]+)", re.IGNORECASE)
SINGLE_BYTE_LATIN = {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "windows-1252", "cp1252",
                     "us-ascii", "ascii", "iso-8859-15"}


def _content_type(body: bytes, content_type: str) -> str:
    """The content type to parse with, correcting a Latin-1 label on UTF-8 bytes.

    Text that decodes as UTF-8 and has multi-byte sequences is almost never meant as
    Latin-1, while a Latin-1 label makes every byte "valid": trust the bytes then.
    """
    match = _DECLARED.match(body[:200].lstrip(b"\xef\xbb\xbf"))
    http_charset = _CHARSET.search(content_type)
    declared = {m.group(1).decode("ascii").lower() for m in [match] if m}
    declared |= {m.group(1).lower() for m in [http_charset] if m}
    if declared and declared <= SINGLE_BYTE_LATIN and not body.isascii():
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return content_type
        return "application/xml; charset=utf-8"
    return content_type


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
