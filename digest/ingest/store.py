"""Write prepared rows as items: insert new ones in bulk, update changed ones."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from digest.ingest.parse import ParsedEntry
from digest.ingest.prepare import ItemRow, prepare_entries
from digest.models import Item

LOOKUP_CHUNK = 500  # keys per IN (...) query, well under every database's parameter limit
CONTENT = ("guid", "link", "title", "summary_html", "summary_text", "author", "categories",
           "image_url")


def store_rows(
    session: Session, feed_id: int, rows: list[ItemRow], now: datetime
) -> tuple[int, int]:
    """Upsert rows of one feed by key; return (new, updated) counts.

    An updated item keeps its id, story and publication date, and is tagged again.
    """
    by_key = {row.key: row for row in rows}
    existing: dict[str, tuple[int, dict[str, str]]] = {}
    keys = list(by_key)
    columns = [getattr(Item, name) for name in CONTENT]
    for start in range(0, len(keys), LOOKUP_CHUNK):
        chunk = keys[start:start + LOOKUP_CHUNK]
        query = select(Item.id, Item.key, *columns).where(
            Item.feed_id == feed_id, Item.key.in_(chunk))
        for found in session.execute(query):
            existing[found.key] = (found.id, {name: getattr(found, name) for name in CONTENT})
    inserts, updates = [], []
    for key, row in by_key.items():
        content = row.content()
        if key not in existing:
            inserts.append({"feed_id": feed_id, "key": key, "published_at": row.published_at,
                            "fetched_at": now, "updated_at": now, **content})
            continue
        item_id, stored = existing[key]
        if stored != content:
            updates.append({"id": item_id, "updated_at": now, "tagged_at": None, **content})
    if inserts:
        session.execute(insert(Item), inserts)
    if updates:
        session.execute(update(Item), updates)
    return len(inserts), len(updates)


def store_entries(
    session: Session, feed_id: int, entries: list[ParsedEntry], now: datetime
) -> tuple[int, int]:
    """Prepare parsed entries and store them (for callers that parsed themselves)."""
    return store_rows(session, feed_id, prepare_entries(entries, now), now)
