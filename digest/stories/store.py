"""Group tagged items into stored stories and storylines that keep their identity over time.

Contract of `group_stories` (called by the pipeline and the Celery tasks):
- It re-clusters the topic's items of the last WINDOW (pure clustering in digest.stories) and
  maps each group onto a stored Story: the story with the group's key, else the stored story
  that already holds most of the group's items, else a new story (its key suffixed when a
  story another group claimed already has it). So a story keeps its id (which editions
  remember) when the window slides past its first report and its key would change.
- `Story.updated_at` moves only when a *fresh* item (one in no story yet) joins an existing
  story: that is the "new developments" signal editions use to repeat a story. Items that
  merely move between stories when the clustering shifts do not move it.
- Storylines continue across time: a group of stories the clusterer links inherits the
  storyline key already stored on the oldest of them, and any other stored key in the group
  is renamed to it everywhere (older stories outside the window included). A thread so runs
  for as long as each new development links to one of the last WINDOW's stories.
- Stories left without items are deleted. Returns how many stories were created or updated.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from digest.models import Feed, Item, ItemTag, Story, utcnow
from digest.stories import StoryItem, cluster_items, pick_lead
from digest.stories.semantic import Embedder

# Items older than this no longer join new stories; a story is an event, not a theme.
WINDOW = timedelta(days=14)


def _story_item(item: Item, source: str | None) -> StoryItem:
    return StoryItem(
        id=str(item.id), title=item.title, summary=item.summary_text, link=item.link,
        source=source or "", published=item.published_at,
        categories=tuple(c for c in item.categories.split("\n") if c),
    )


def _claim(session: Session, key: str, members: list[Item], taken: set[int]) -> Story | None:
    """The stored story this group continues: same key, else the one holding most members."""
    story = session.scalar(select(Story).where(Story.key == key))
    if story is not None and story.id not in taken:
        return story
    holders = Counter(item.story_id for item in members if item.story_id is not None)
    for story_id, _count in sorted(holders.items(), key=lambda pair: (-pair[1], pair[0])):
        if story_id not in taken:
            return session.get(Story, story_id)
    return None


def _free_key(session: Session, key: str) -> str:
    """`key`, or `key-2`, `key-3` ... when a stored story another group claimed has it (the
    clustering shifted: that story's reports now group under another key)."""
    candidate, n = key, 1
    while session.scalar(select(Story.id).where(Story.key == candidate)) is not None:
        n += 1
        candidate = f"{key}-{n}"
    return candidate


def group_stories(
    session: Session, topic: str, *, now: datetime | None = None,
    embedder: Embedder | None = None,
) -> int:
    """Cluster the topic's recent tagged items into stories; return how many stories changed.

    Callers pass `load_embedder(settings.semantic)` so the semantic path is used when the
    extra is installed (None scores on words alone)."""
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
    inputs = [_story_item(item, source) for item, source in rows]
    groups: dict[str, list[StoryItem]] = {}
    lines: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for entry, assignment in zip(inputs, cluster_items(inputs, embedder=embedder), strict=True):
        groups.setdefault(assignment.story, []).append(entry)
        lines[assignment.story] = assignment.storyline
        kinds.setdefault(assignment.story, assignment.kind)
    previous_holders = {item.story_id for item, _ in rows if item.story_id is not None}
    taken: set[int] = set()
    stories: dict[str, Story] = {}
    changed = 0
    for key in sorted(groups):
        members = [by_id[m.id] for m in groups[key]]
        story = _claim(session, key, members, taken)
        if story is None:
            story = Story(key=_free_key(session, key), topic=topic, first_seen_at=now,
                          updated_at=now)
            session.add(story)
            session.flush()
            changed += 1
        elif any(item.story_id is None for item in members):
            story.updated_at = now  # a fresh report joined: new developments
            changed += 1
        taken.add(story.id)
        stories[key] = story
        for item in members:
            item.story_id = story.id
        lead = by_id[pick_lead(groups[key]).id]
        story.kind = kinds[key]
        story.title, story.lead_item_id = lead.title, lead.id
        story.published_at = min(item.published_at for item in members)
        story.last_published_at = max(item.published_at for item in members)
    session.flush()
    _link_storylines(session, stories, lines)
    _tidy_left_behind(session, previous_holders - taken)
    session.flush()
    return changed


def _link_storylines(session: Session, stories: dict[str, Story], lines: dict[str, str]) -> None:
    """Give each linked group the storyline key already stored on its oldest story."""
    by_line: dict[str, list[Story]] = {}
    for key, story in stories.items():
        by_line.setdefault(lines[key], []).append(story)
    for fresh_key, members in sorted(by_line.items()):
        stored = sorted(
            (s for s in members if s.storyline),
            key=lambda s: (s.first_seen_at, s.id),
        )
        keep = stored[0].storyline if stored else fresh_key
        for other in {s.storyline for s in stored} - {keep}:
            session.execute(
                update(Story).where(Story.storyline == other).values(storyline=keep)
                .execution_options(synchronize_session="fetch")
            )
        for story in members:
            story.storyline = keep


def _tidy_left_behind(session: Session, story_ids: set[int]) -> None:
    """Stories whose items all moved elsewhere go; others get a lead they still hold."""
    for story_id in sorted(story_ids):
        story = session.get(Story, story_id)
        if story is None:
            continue
        count = session.scalar(select(func.count(Item.id)).where(Item.story_id == story_id))
        if not count:
            session.delete(story)
            continue
        current = session.get(Item, story.lead_item_id) if story.lead_item_id else None
        if current is not None and current.story_id == story_id:
            continue
        lead = session.scalar(
            select(Item).where(Item.story_id == story_id).order_by(Item.published_at, Item.id)
        )
        if lead is not None:
            story.lead_item_id, story.title = lead.id, lead.title
