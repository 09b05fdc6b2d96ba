"""Tag stored items that have not been tagged since they last changed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from digest.models import Item, ItemTag, utcnow
from digest.tagging import Topic, tag_item

PAGE = 1000


def tag_pending_items(
    session: Session, topics: Sequence[Topic], *, now: datetime | None = None
) -> tuple[int, int]:
    """Tag every item whose `tagged_at` is empty; return (items seen, tags written)."""
    now = now or utcnow()
    seen = written = 0
    last_id = 0
    while True:
        items = list(session.scalars(
            select(Item).where(Item.tagged_at.is_(None), Item.id > last_id)
            .order_by(Item.id).limit(PAGE)
        ))
        if not items:
            return seen, written
        ids = [item.id for item in items]
        session.execute(delete(ItemTag).where(ItemTag.item_id.in_(ids)))
        for item in items:
            for topic in topics:
                tag = tag_item(topic, item.title, item.summary_text)
                if tag is not None:
                    session.add(ItemTag(item_id=item.id, topic=tag.topic, score=tag.score,
                                        why=tag.why, created_at=now))
                    written += 1
            item.tagged_at = now
        seen += len(items)
        last_id = ids[-1]
        session.flush()
