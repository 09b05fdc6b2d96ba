"""Database reads for an edition: unsent stories, their views, earlier developments, marks.

Nothing here decides what an edition says (compose.py and catchup.py do); these functions
only turn rows into the plain values those pure functions take.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from digest.editions.backstory import Development, Report
from digest.editions.compose import Source, StoryView, summarise
from digest.models import Edition, EditionStatus, Feed, Item, ItemTag, Story

MARK_REACH = timedelta(days=60)  # stories stop changing long before this (stories.store.WINDOW)
DEVELOPMENT_REACH = timedelta(days=30)
MAX_CANDIDATES = 200


def _as_utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def sent_marks(session: Session, list_id: int, *, now: datetime) -> dict[int, datetime]:
    """Story id -> the story's updated_at when the list last carried it (editions not skipped)."""
    marks: dict[int, datetime] = {}
    rows = session.scalars(
        select(Edition.story_marks)
        .where(Edition.list_id == list_id, Edition.status != EditionStatus.SKIPPED,
               Edition.created_at >= now - MARK_REACH)
    )
    for row in rows:
        for story_id, stamp in (row or {}).items():
            moment = _as_utc(stamp)
            if int(story_id) not in marks or moment > marks[int(story_id)]:
                marks[int(story_id)] = moment
    return marks


def unsent_stories(
    session: Session, topics: Sequence[str], since: datetime, marks: dict[int, datetime]
) -> list[Story]:
    """Stories on `topics` updated after `since` that the list has not carried in this state.

    A story the list carried comes back only when its updated_at moved past the mark, i.e.
    fresh reports joined it after it was sent.
    """
    stories = session.scalars(
        select(Story)
        .where(Story.topic.in_(list(topics)), Story.updated_at > since,
               Story.lead_item_id.is_not(None))
        .order_by(Story.updated_at.desc(), Story.id.desc()).limit(MAX_CANDIDATES * 2)
    )
    fresh = [s for s in stories if s.id not in marks or s.updated_at > marks[s.id]]
    return fresh[:MAX_CANDIDATES]


def _items_by_story(
    session: Session, story_ids: Iterable[int]
) -> dict[int, list[tuple[Item, str]]]:
    rows = session.execute(
        select(Item, Feed.title).join(Feed, Feed.id == Item.feed_id)
        .where(Item.story_id.in_(list(story_ids))).order_by(Item.published_at, Item.id)
    ).all()
    grouped: dict[int, list[tuple[Item, str]]] = {}
    for item, feed_title in rows:
        assert item.story_id is not None
        grouped.setdefault(item.story_id, []).append((item, feed_title or ""))
    return grouped


def _source_name(item: Item, feed_title: str) -> str:
    if feed_title:
        return feed_title
    host = item.link.split("/")[2] if item.link.count("/") >= 2 else ""
    return host.removeprefix("www.")


def story_views(
    session: Session, stories: Sequence[Story], marks: dict[int, datetime]
) -> list[StoryView]:
    """The edition's view of each story: lead item, lead sentences, every outlet once.

    A story the list carried before is an update: it leads with the newest report that
    arrived after it was sent, so the reader sees what is new rather than the old lead.
    """
    grouped = _items_by_story(session, (s.id for s in stories))
    views = []
    for story in stories:
        rows = grouped.get(story.id)
        if not rows:
            continue
        lead = next((item for item, _ in rows if item.id == story.lead_item_id), rows[0][0])
        mark = marks.get(story.id)
        if mark is not None:
            newer = [item for item, _ in rows if item.fetched_at > mark]
            lead = newer[-1] if newer else lead
        sources, seen = [], set()
        for item, feed_title in sorted(rows, key=lambda r: r[0].id != lead.id):
            name = _source_name(item, feed_title)
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                sources.append(Source(name=name, link=item.link))
        views.append(StoryView(
            story_id=story.id, title=lead.title, link=lead.link,
            summary=summarise(lead.summary_text),
            published=max(item.published_at for item, _ in rows),
            kind=story.kind, sources=tuple(sources), storyline=story.storyline,
            update=mark is not None, topic=story.topic,
        ))
    return views


def developments_of(session: Session, stories: Sequence[Story]) -> dict[int, Development]:
    """Story id -> the story with every report's text, as the backstory reads it."""
    grouped = _items_by_story(session, (s.id for s in stories))
    found = {}
    for story in stories:
        rows = grouped.get(story.id)
        if not rows:
            continue
        reports = tuple(
            Report(id=str(item.id), title=item.title, summary=item.summary_text, link=item.link,
                   source=_source_name(item, feed_title), published=_aware(item.published_at))
            for item, feed_title in rows)
        found[story.id] = Development(key=str(story.id), storyline=story.storyline or "",
                                      reports=reports, topic=story.topic)
    return found


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def earlier_developments(
    session: Session, topics: Sequence[str], *, now: datetime, exclude: set[int]
) -> list[Development]:
    """News stories on `topics` first reported in the last DEVELOPMENT_REACH, minus `exclude`,
    newest first, with their reports."""
    stories = [s for s in session.scalars(
        select(Story)
        .where(Story.topic.in_(list(topics)), Story.kind != "analysis",
               Story.published_at >= now - DEVELOPMENT_REACH, Story.published_at < now)
        .order_by(Story.published_at.desc()).limit(MAX_CANDIDATES * 2)
    ) if s.id not in exclude]
    found = developments_of(session, stories)
    return [found[s.id] for s in stories if s.id in found]


def background_texts(
    session: Session, topics: Sequence[str], *, now: datetime, reach: timedelta, cap: int,
    chars: int,
) -> list[tuple[str, str]]:
    """(title, summary) of the reports tagged with `topics` in the `reach` before `now`, the
    most recent `cap` of them, each summary's first `chars` characters (cut in the database:
    a year of full summaries is not read): the thread check's background for word rarity."""
    rows = session.execute(
        select(Item.title, func.substr(Item.summary_text, 1, chars))
        .where(Item.id.in_(select(ItemTag.item_id).where(ItemTag.topic.in_(list(topics)))),
               Item.published_at >= now - reach, Item.published_at <= now)
        .order_by(Item.published_at.desc(), Item.id.desc()).limit(cap))
    return [(title, summary) for title, summary in rows]
