"""`digest run`: one pass over everything, reading like the data path.

Fetch the due feeds, make what they stored ready, then for each list build its due
edition and start it, through whichever `SendQueue` the caller chose (this process,
or the Celery workers): the same function, so both print the same counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from digest.audience.active import count_active
from digest.config import Settings
from digest.delivery import ledger
from digest.ingest.refresh import due_feed_ids
from digest.lifecycle import edition as life
from digest.lifecycle.items import FetchReport, ready_items
from digest.lifecycle.queue import SendQueue
from digest.models import DeliveryStatus, MailingList, Membership, utcnow

NOT_DUE = "not due"


@dataclass
class ListOutcome:
    list_name: str
    edition_id: int | None = None
    status: str = ""
    recipients: int = 0
    skipped_inactive: int = 0
    skip_reason: str = ""


@dataclass
class CycleReport(FetchReport):
    """What a fetch reports, and what became of each list."""

    lists: list[ListOutcome] = field(default_factory=list)


def inactive_members(session: Session, mailing_list: MailingList) -> int:
    """Members of the list who do not receive it (pending, unsubscribed, bounced...)."""
    members = session.query(Membership).filter_by(list_id=mailing_list.id).count()
    return members - count_active(session, mailing_list)


def run_cycle(factory: sessionmaker[Session], settings: Settings, queue: SendQueue,
              *, now: datetime | None = None, timeout: float = 600.0) -> CycleReport:
    """Fetch due feeds, tag, group, then build and send every due list through `queue`.

    With a queue that sends elsewhere, waits for each list's send (re-queuing it when no
    batch moved for one claim lease: a worker died) before the next list.
    """
    now = now or utcnow()
    report = CycleReport()
    with factory() as session:
        feed_ids = due_feed_ids(session, now)
        list_ids = list(session.scalars(select(MailingList.id).order_by(MailingList.id)))
    report.feeds = queue.fetch(feed_ids)
    with factory() as session, session.begin():
        ready = ready_items(session, settings, now)
    report.items_seen, report.tags_written = ready.items_seen, ready.tags_written
    report.stories_changed = ready.stories_changed
    for list_id in list_ids:
        report.lists.append(_run_list(factory, settings, queue, list_id, now, timeout))
    return report


def _run_list(factory: sessionmaker[Session], settings: Settings, queue: SendQueue,
              list_id: int, now: datetime, timeout: float) -> ListOutcome:
    built = life.build(factory, settings, list_id, now=now)
    outcome = ListOutcome(built.list_name, built.edition_id, built.status or NOT_DUE,
                          skip_reason=built.reason)
    if built.sendable and built.edition_id is not None:
        edition_id = built.edition_id
        life.start(factory, settings, edition_id, queue, now=now)
        if queue.wait_needed:
            outcome.status = life.wait(
                factory, edition_id, timeout=timeout,
                on_stall=lambda: queue.restart(edition_id),
                stall_after=max(5.0, settings.send_claim_lease)).status
        else:
            outcome.status = life.finish(factory, edition_id).status
    with factory() as session:
        mailing_list = session.get(MailingList, list_id)
        assert mailing_list is not None
        outcome.skipped_inactive = inactive_members(session, mailing_list)
        if built.sendable and built.edition_id is not None:  # an edition sent earlier: 0
            outcome.recipients = ledger.recipient_counts(session, built.edition_id).get(
                DeliveryStatus.SENT, 0)
    return outcome
