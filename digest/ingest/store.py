"""Write parsed entries as items: insert new ones, update changed ones."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.ingest.clean import clean_title, plain_text, sanitize_html
from digest.ingest.identity import canonical_link, item_key
from digest.ingest.parse import ParsedEntry
from digest.models import Item


def store_entries(
    session: Session, feed_id: int, entries: list[ParsedEntry], now: datetime
) -> tuple[int, int]:
    """Upsert entries of one feed by stable key; return (new, updated) counts."""
    rows = {}
    for entry in entries:
        published = min(entry.published or now, now)  # future dates are clamped
        key = item_key(entry.guid, entry.link, entry.title, published.isoformat())
        rows[key] = (entry, published)  # a duplicate GUID in one document: last one wins
    existing = {
        item.key: item
        for item in session.scalars(
            select(Item).where(Item.feed_id == feed_id, Item.key.in_(list(rows)))
        )
    }
    new = updated = 0
    for key, (entry, published) in rows.items():
        summary_html = sanitize_html(entry.summary_html)
        values = {
            "guid": entry.guid[:2000],
            "link": canonical_link(entry.link)[:2000],
            "title": clean_title(entry.title),
            "summary_html": summary_html,
            "summary_text": plain_text(summary_html),
            "author": clean_title(entry.author)[:500],
            "categories": "\n".join(clean_title(c) for c in entry.categories),
            "image_url": entry.image_url[:2000],
        }
        item = existing.get(key)
        if item is None:
            session.add(Item(feed_id=feed_id, key=key, published_at=published,
                             fetched_at=now, updated_at=now, **values))
            new += 1
        elif any(getattr(item, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(item, k, v)
            item.updated_at = now
            item.tagged_at = None  # changed text is tagged again
            updated += 1
    return new, updated
