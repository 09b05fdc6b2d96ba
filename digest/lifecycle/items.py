"""Items become ready for an edition: every item stored so far tagged, stories grouped.

`digest fetch`, the worker's fetch tick, `digest run` and every build call
`ready_items`, so an edition never misses items that were fetched but not yet tagged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from digest.config import Settings
from digest.ingest.refresh import FeedOutcome, due_feed_ids, refresh_with_settings
from digest.models import MailingList, utcnow
from digest.stories.semantic import load_embedder
from digest.stories.store import group_stories
from digest.tagging import Topic
from digest.tagging.catalog import load_topic_for
from digest.tagging.store import tag_pending_items


@dataclass
class Readiness:
    """What making items ready did: items looked at, tags written, stories changed."""

    items_seen: int = 0
    tags_written: int = 0
    stories_changed: int = 0


@dataclass
class FetchReport(Readiness):
    feeds: list[FeedOutcome] = field(default_factory=list)

    @property
    def new_items(self) -> int:
        return sum(f.new for f in self.feeds)

    @property
    def failed_feeds(self) -> list[FeedOutcome]:
        return [f for f in self.feeds if f.error]


def list_topics(session: Session) -> list[Topic]:
    """Every topic some list follows (always at least `syria`), as admins last saved it."""
    names = {"syria"}
    for topics in session.scalars(select(MailingList.topics)):
        names.update(topics)
    return [load_topic_for(session, name) for name in sorted(names)]


def ready_items(session: Session, settings: Settings, now: datetime | None = None, *,
                always_group: bool = True) -> Readiness:
    """Tag every item not tagged yet against every list's topics, then regroup stories
    (with sentence embeddings when DIGEST_SEMANTIC allows, see digest.stories.semantic).

    Runs inside the caller's transaction.  Without `always_group`, stories are regrouped
    only when items were tagged just now (tagging and grouping always commit together,
    so nothing tagged means nothing left to group): cheap enough for every build.
    """
    now = now or utcnow()
    topics = list_topics(session)
    seen, written = tag_pending_items(session, topics, now=now)
    changed = 0
    if always_group or seen:
        embedder = load_embedder(settings.semantic)  # loaded once per process
        changed = sum(group_stories(session, topic.name, now=now, embedder=embedder)
                      for topic in topics)
    return Readiness(seen, written, changed)


def fetch_and_ready(
    factory: sessionmaker[Session], settings: Settings, *, everything: bool = False,
    now: datetime | None = None,
) -> FetchReport:
    """Refresh due feeds (all enabled ones with `everything`) in this process, then make
    what they stored ready for an edition."""
    now = now or utcnow()
    with factory() as session:
        feed_ids = due_feed_ids(session, now, everything=everything)
    report = FetchReport(feeds=refresh_with_settings(factory, feed_ids, settings))
    with factory() as session, session.begin():
        ready = ready_items(session, settings, now)
    report.items_seen, report.tags_written = ready.items_seen, ready.tags_written
    report.stories_changed = ready.stories_changed
    return report
