"""The compose job: pick the list's new stories, compose, render, store one edition per slot."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from digest.config import Settings
from digest.editions.compose import Recap, Source, StoryView, compose, summarise
from digest.editions.render import Footer, render_edition
from digest.models import Edition, EditionStatus, Feed, Item, MailingList, Story, utcnow

FIRST_EDITION_WINDOW = timedelta(days=7)
BACKSTORY_WINDOW = timedelta(days=30)
MAX_STORIES = 30
MAX_RECAPS = 5
NOW_WINDOW = timedelta(days=2)


def build_edition(
    session: Session, mailing_list: MailingList, slot: str, settings: Settings,
    *, now: datetime | None = None,
) -> Edition:
    """The list's edition for `slot`, built once; a slot with nothing new is recorded as skipped."""
    now = now or utcnow()
    existing = _edition_for(session, mailing_list.id, slot)
    if existing is not None:
        return existing
    last = _last_edition_time(session, mailing_list.id)
    since = last or now - FIRST_EDITION_WINDOW
    views = [_view(session, story) for story in _new_stories(session, mailing_list, since)]
    if last is None:
        # A first edition tells older developments as backstory, the last days as news.
        current = [v for v in views if v.published >= now - NOW_WINDOW or v.kind == "analysis"]
        older = [v for v in views if v not in current]
    else:
        current, older = views, []
    backstory = [_recap(v) for v in older] + _backstory(session, current, exclude=views)
    content = compose(mailing_list.name, current, backstory, date=now)
    edition = Edition(list_id=mailing_list.id, slot=slot, created_at=now)
    if content.is_empty:
        edition.status = EditionStatus.SKIPPED
        edition.skip_reason = f"no new stories since {since:%Y-%m-%d %H:%M} UTC"
    else:
        footer = Footer(
            postal_address=settings.postal_address,
            reason=f"You get this because you subscribed to {mailing_list.name}.",
            web_url=f"{settings.base_url}/archive",
        )
        rendered = render_edition(content, footer)
        edition.subject, edition.preheader = rendered.subject, rendered.preheader
        edition.html, edition.text = rendered.html, rendered.text
        edition.story_ids = content.story_ids + [v.story_id for v in older]
        edition.status = EditionStatus.READY
    try:
        with session.begin_nested():
            session.add(edition)
    except IntegrityError:
        # Another worker built the same slot first: theirs is the edition.
        found = _edition_for(session, mailing_list.id, slot)
        assert found is not None
        return found
    return edition


def _edition_for(session: Session, list_id: int, slot: str) -> Edition | None:
    return session.scalar(select(Edition).where(Edition.list_id == list_id, Edition.slot == slot))


def _last_edition_time(session: Session, list_id: int) -> datetime | None:
    return session.scalar(
        select(Edition.created_at)
        .where(Edition.list_id == list_id, Edition.status != EditionStatus.SKIPPED)
        .order_by(Edition.created_at.desc()).limit(1)
    )


def _new_stories(session: Session, mailing_list: MailingList, since: datetime) -> list[Story]:
    """Stories on the list's topics that are new or have new developments since `since`."""
    return list(session.scalars(
        select(Story)
        .where(Story.topic.in_(mailing_list.topics), Story.updated_at > since,
               Story.lead_item_id.is_not(None))
        .order_by(Story.updated_at.desc()).limit(MAX_STORIES)
    ))


def _view(session: Session, story: Story) -> StoryView:
    rows = session.execute(
        select(Item, Feed.title).join(Feed, Feed.id == Item.feed_id)
        .where(Item.story_id == story.id).order_by(Item.published_at)
    ).all()
    lead = next((item for item, _ in rows if item.id == story.lead_item_id), rows[0][0])
    seen: set[str] = set()
    sources = []
    for item, feed_title in sorted(rows, key=lambda r: r[0].id != lead.id):
        name = feed_title or item.link.split("/")[2] if item.link else feed_title
        if name and name not in seen:
            seen.add(name)
            sources.append(Source(name=name, link=item.link))
    return StoryView(
        story_id=story.id, title=lead.title, link=lead.link,
        summary=summarise(lead.summary_text),
        published=max(item.published_at for item, _ in rows),
        kind=story.kind, sources=tuple(sources), storyline=story.storyline,
    )


def _recap(view: StoryView) -> Recap:
    source = view.sources[0].name if view.sources else ""
    return Recap(date=view.published, title=view.title, link=view.link, source=source)


def _backstory(session: Session, current: list[StoryView], *, exclude: list[StoryView]
               ) -> list[Recap]:
    """The latest earlier developments of the storylines in the news now."""
    lines = {v.storyline for v in current if v.storyline}
    if not lines:
        return []
    oldest = min(v.published for v in current)
    skip = {v.story_id for v in exclude}
    earlier = session.execute(
        select(Story.id, Item, Feed.title)
        .join(Item, Item.id == Story.lead_item_id).join(Feed, Feed.id == Item.feed_id)
        .where(Story.storyline.in_(lines), Item.published_at < oldest,
               Item.published_at >= oldest - BACKSTORY_WINDOW)
        .order_by(Item.published_at.desc()).limit(MAX_RECAPS)
    ).all()
    return [Recap(date=item.published_at, title=item.title, link=item.link, source=feed_title)
            for story_id, item, feed_title in earlier if story_id not in skip]
