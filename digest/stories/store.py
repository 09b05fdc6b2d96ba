"""Group tagged items into stored stories, reusing a story when its key comes back."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.models import Feed, Item, ItemTag, Story, utcnow
from digest.stories import StoryItem, cluster_items, pick_lead

# Items older than this no longer join new stories; a story is an event, not a theme.
WINDOW = timedelta(days=14)


def group_stories(session: Session, topic: str, *, now: datetime | None = None) -> int:
    """Cluster the topic's recent tagged items into stories; return how many stories changed."""
    now = now or utcnow()
    rows = session.execute(
        select(Item, Feed.title)
        .join(ItemTag, ItemTag.item_id == Item.id)
        .join(Feed, Feed.id == Item.feed_id)
        .where(ItemTag.topic == topic, Item.published_at >= now - WINDOW)
        .order_by(Item.id)
    ).all()
    if not rows:
        return 0
    by_id = {str(item.id): item for item, _ in rows}
    inputs = [
        StoryItem(
            id=str(item.id), title=item.title, summary=item.summary_text, link=item.link,
            source=source or "", published=item.published_at,
            categories=tuple(c for c in item.categories.split("\n") if c),
        )
        for item, source in rows
    ]
    groups: dict[str, list[StoryItem]] = {}
    lines: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for entry, assignment in zip(inputs, cluster_items(inputs), strict=True):
        groups.setdefault(assignment.story, []).append(entry)
        lines[assignment.story] = assignment.storyline
        kinds.setdefault(assignment.story, assignment.kind)
    changed = 0
    for key, members in groups.items():
        story = session.scalar(select(Story).where(Story.key == key))
        lead = by_id[pick_lead(members).id]
        if story is None:
            story = Story(key=key, topic=topic, first_seen_at=now, updated_at=now)
            session.add(story)
            session.flush()
            changed += 1
        newcomers = [by_id[m.id] for m in members if by_id[m.id].story_id != story.id]
        if newcomers and story.lead_item_id is not None:
            story.updated_at = now
            changed += 1
        for item in newcomers:
            item.story_id = story.id
        story.storyline = lines[key]
        story.kind = kinds[key]
        story.title = lead.title
        story.lead_item_id = lead.id
    session.flush()
    return changed
