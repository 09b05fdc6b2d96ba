"""Bytes -> rows ready to store: parse, clean, date and identify, with no I/O.

This is the CPU-heavy part of ingest; `prepare_document` is what the parse worker
processes run, so it takes and returns only plain picklable values and never raises.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from digest.ingest.clean import clean_title, safe_url, sanitize_html, text_of_clean_html
from digest.ingest.identity import canonical_link, item_key, untrusted_guids
from digest.ingest.parse import FeedParseError, ParsedEntry, parse_feed
from digest.limits import SUMMARY_CHARS, TITLE_CHARS, shorten


@dataclass(frozen=True)
class ItemRow:
    """One item as it will be stored (key unique within its feed)."""

    key: str
    guid: str
    link: str
    title: str
    summary_html: str
    summary_text: str
    author: str
    categories: str
    image_url: str
    published_at: datetime

    def content(self) -> dict[str, str]:
        """The fields whose change makes a stored item "updated"."""
        return {"guid": self.guid, "link": self.link, "title": self.title,
                "summary_html": self.summary_html, "summary_text": self.summary_text,
                "author": self.author, "categories": self.categories,
                "image_url": self.image_url}


@dataclass(frozen=True)
class PreparedFeed:
    """What a document yields: feed metadata and rows, or an error saying why not."""

    title: str = ""
    site_url: str = ""
    rows: list[ItemRow] = field(default_factory=list)
    warning: str = ""
    error: str = ""


def prepare_document(body: bytes, content_type: str, base_url: str, now: datetime) -> PreparedFeed:
    """Parse and prepare one fetched document; errors come back as values."""
    try:
        parsed = parse_feed(body, content_type=content_type, base_url=base_url)
    except FeedParseError as exc:
        return PreparedFeed(error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one hostile document must not stop the rest
        return PreparedFeed(error=f"could not parse: {type(exc).__name__}: {exc}")
    rows = prepare_entries(parsed.entries, now, feed_links=(parsed.site_url, base_url))
    return PreparedFeed(clean_title(parsed.title)[:500], safe_url(parsed.site_url)[:2000],
                        rows, parsed.warning)


def prepare_entries(
    entries: list[ParsedEntry], now: datetime, *, feed_links: tuple[str, ...] = ()
) -> list[ItemRow]:
    """Rows for entries, one per stable key (the first entry of a key wins)."""
    distrusted = untrusted_guids(((e.guid, e.link) for e in entries), feed_links)
    rows: dict[str, ItemRow] = {}
    for entry in entries:
        guid = "" if entry.guid.strip() in distrusted else entry.guid.strip()
        link = safe_url(canonical_link(entry.link))
        title = shorten(clean_title(entry.title), TITLE_CHARS)
        dated = entry.published.isoformat() if entry.published else ""
        key = item_key(guid, link, title, dated)
        if key in rows:
            continue
        summary_html = sanitize_html(entry.summary_html)
        summary_text = shorten(text_of_clean_html(summary_html), SUMMARY_CHARS)
        rows[key] = ItemRow(
            key=key,
            guid=guid[:2000],
            link=link[:2000],
            title=title or shorten(summary_text, 120),  # a stand-in: its first words
            summary_html=summary_html,
            summary_text=summary_text,
            author=clean_title(entry.author)[:500],
            categories="\n".join(c for c in (clean_title(c) for c in entry.categories) if c),
            image_url=safe_url(entry.image_url)[:2000],
            # Undated entries take the fetch time; dates in the future are clamped to it.
            published_at=min(entry.published or now, now),
        )
    return list(rows.values())
