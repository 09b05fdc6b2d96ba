"""One full cycle, reading like the data path: fetch, tag, group, build, send."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from digest.audience.active import count_active
from digest.config import Settings
from digest.delivery.send import SendReport, send_edition_in_process
from digest.delivery.transports.base import Transport
from digest.editions.build import build_edition
from digest.ingest.refresh import FeedOutcome, due_feed_ids, refresh_with_settings
from digest.models import EditionStatus, MailingList, Membership, utcnow
from digest.scheduling.schedule import current_slot, due_slot
from digest.stories.semantic import load_embedder
from digest.stories.store import group_stories
from digest.tagging import Topic
from digest.tagging.catalog import load_topic_for
from digest.tagging.store import tag_pending_items


@dataclass
class ListOutcome:
    list_name: str
    edition_id: int | None = None
    status: str = ""
    recipients: int = 0
    skipped_inactive: int = 0
    skip_reason: str = ""


def inactive_members(session: Session, mailing_list: MailingList) -> int:
    """Members of the list who do not receive it (pending, unsubscribed, bounced...)."""
    members = session.query(Membership).filter_by(list_id=mailing_list.id).count()
    return members - count_active(session, mailing_list)


@dataclass
class CycleReport:
    feeds: list[FeedOutcome] = field(default_factory=list)
    items_seen: int = 0
    tags_written: int = 0
    stories_changed: int = 0
    lists: list[ListOutcome] = field(default_factory=list)

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


def fetch_tag_group(
    factory: sessionmaker[Session], settings: Settings, *, everything: bool = False,
    now: datetime | None = None,
) -> CycleReport:
    """The ingest half: refresh due feeds, tag new items, regroup stories."""
    now = now or utcnow()
    report = CycleReport()
    with factory() as session:
        feed_ids = due_feed_ids(session, now, everything=everything)
    report.feeds = refresh_with_settings(factory, feed_ids, settings)
    with factory() as session, session.begin():
        topics = list_topics(session)
        report.items_seen, report.tags_written = tag_pending_items(session, topics, now=now)
        embedder = load_embedder(settings.semantic)
        for topic in topics:
            report.stories_changed += group_stories(
                session, topic.name, now=now, embedder=embedder
            )
    return report


def build_and_send(
    factory: sessionmaker[Session], settings: Settings, mailing_list_id: int, transport: Transport,
    *, now: datetime | None = None, progress: Callable[[int], None] | None = None,
    only_if_due: bool = False,
) -> ListOutcome:
    """Build the list's edition for its current slot and send it to active members.

    With `only_if_due`, a list whose latest slot is too old to send is left alone.
    """
    now = now or utcnow()
    with factory() as session, session.begin():
        mailing_list = session.get(MailingList, mailing_list_id)
        assert mailing_list is not None
        slot = due_slot(mailing_list, now) if only_if_due else current_slot(mailing_list, now)
        if slot is None:
            return ListOutcome(mailing_list.name, status="not due")
        edition = build_edition(session, mailing_list, slot, settings, now=now)
        outcome = ListOutcome(mailing_list.name, edition.id, edition.status,
                              skipped_inactive=inactive_members(session, mailing_list),
                              skip_reason=edition.skip_reason)
    if outcome.status in (EditionStatus.READY, EditionStatus.SENDING):
        report: SendReport = send_edition_in_process(
            factory, outcome.edition_id or 0, transport, settings, progress=progress)
        outcome.status, outcome.recipients = report.status, report.sent_now
    return outcome


def run_cycle(
    factory: sessionmaker[Session], settings: Settings, transport: Transport,
    *, now: datetime | None = None,
) -> CycleReport:
    """`digest run`: fetch all due feeds, tag, group, then build and send every list."""
    now = now or utcnow()
    report = fetch_tag_group(factory, settings, now=now)
    with factory() as session:
        list_ids = list(session.scalars(select(MailingList.id).order_by(MailingList.id)))
    for list_id in list_ids:
        report.lists.append(
            build_and_send(factory, settings, list_id, transport, now=now, only_if_due=True))
    return report
