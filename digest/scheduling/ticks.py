"""What beat's ticks do, as plain functions the tasks wrap and the tests call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from digest.audience.active import active_condition
from digest.config import Settings
from digest.delivery import ledger
from digest.editions.build import build_edition
from digest.models import (
    BatchStatus,
    DeliveryBatch,
    Edition,
    EditionStatus,
    MailingList,
    Membership,
    Subscriber,
)
from digest.scheduling.schedule import due_local_slot, due_slot

# A sending edition with no batch claimed, sent or released for this long is handed to
# `start` again (its queued tasks were lost, e.g. Redis restarted without persistence).
# The default of stalled_editions; the send tick uses DIGEST_SEND_STALL_SECONDS.
STALL = timedelta(minutes=5)


@dataclass
class SendTick:
    started: list[int] = field(default_factory=list)  # edition ids handed to `start`
    resumed: list[int] = field(default_factory=list)  # stalled sends handed to `start` again
    released: list[int] = field(default_factory=list)  # sends with a time-zone bucket due now
    skipped: dict[str, str] = field(default_factory=dict)  # list name -> reason


def stalled_editions(session: Session, now: datetime, stall: timedelta = STALL) -> list[int]:
    """Editions still sending with work to do whose batches have shown no progress for `stall`.

    Progress is a claim, a send or a time-zone bucket's release.  An edition whose only
    open batches wait for their local time is not stalled: it has nothing to do yet.
    """
    released = DeliveryBatch.status != BatchStatus.SCHEDULED
    last_progress = func.max(func.coalesce(
        DeliveryBatch.sent_at, DeliveryBatch.claimed_at, DeliveryBatch.release_at))
    progress = (
        select(DeliveryBatch.edition_id, last_progress.label("at")).where(released)
        .group_by(DeliveryBatch.edition_id).subquery()
    )
    work = select(DeliveryBatch.id).where(
        DeliveryBatch.edition_id == Edition.id,
        DeliveryBatch.status.in_([BatchStatus.PENDING, BatchStatus.CLAIMED,
                                  BatchStatus.SENDING]))
    rows = session.execute(
        select(Edition.id, Edition.created_at, progress.c.at)
        .outerjoin(progress, progress.c.edition_id == Edition.id)
        .where(Edition.status == EditionStatus.SENDING,
               or_(Edition.snapshot_done.is_(False), work.exists()))
    ).all()
    stalled = []
    for edition_id, created_at, at in rows:
        moment = at if at is not None else created_at
        if moment.tzinfo is None:  # SQLite hands back naive values from aggregates
            moment = moment.replace(tzinfo=UTC)
        if now - moment >= stall:
            stalled.append(edition_id)
    return stalled


def reader_zones(session: Session, mailing_list: MailingList) -> list[str]:
    """The time zones of the list's active readers (the list's own zone when it has none)."""
    zones = list(session.scalars(
        select(Subscriber.timezone).distinct()
        .join(Membership, Membership.subscriber_id == Subscriber.id)
        .where(active_condition(mailing_list))))
    return sorted(z or "UTC" for z in zones) or [mailing_list.timezone]


def list_slot(session: Session, mailing_list: MailingList, now: datetime) -> str | None:
    """The slot a list is due for at `now`, or None (see digest.scheduling.schedule)."""
    if mailing_list.per_subscriber_timezone:
        return due_local_slot(mailing_list.schedule_cron, reader_zones(session, mailing_list),
                              now)
    return due_slot(mailing_list, now)


def send_tick(
    factory: sessionmaker[Session], settings: Settings, now: datetime,
    start: Callable[[int], None],
) -> SendTick:
    """Build each due list's edition for its slot (once) and start sending it; release
    time-zone buckets whose local time has come; start stalled sends again.

    A second tick for the same slot finds the edition and starts nothing: the
    unique (list, slot) constraint makes even two beats harmless.
    """
    tick = SendTick()
    with factory() as session:
        list_ids = list(session.scalars(select(MailingList.id).order_by(MailingList.id)))
    for list_id in list_ids:
        with factory() as session, session.begin():
            mailing_list = session.get(MailingList, list_id)
            if mailing_list is None:
                continue
            slot = list_slot(session, mailing_list, now)
            latest = session.scalar(select(func.max(Edition.slot)).where(
                Edition.list_id == list_id))
            # Slots sort as text; only a fire time after the newest edition is due, so an
            # edited schedule waits for its next time instead of sending a past slot.
            if slot is None or (latest is not None and slot <= latest):
                continue
            edition = build_edition(session, mailing_list, slot, settings, now=now)
            edition_id, status = edition.id, edition.status
            if status == EditionStatus.SKIPPED:
                tick.skipped[mailing_list.name] = edition.skip_reason
        if status == EditionStatus.READY:
            start(edition_id)
            tick.started.append(edition_id)
    with factory() as session, session.begin():
        tick.released = ledger.release_due(session, now)
    for edition_id in tick.released:
        start(edition_id)
    with factory() as session:
        stalled = stalled_editions(session, now, timedelta(seconds=settings.send_stall_seconds))
    for edition_id in stalled:
        if edition_id in tick.released:
            continue
        start(edition_id)  # safe to repeat: claims decide who sends each batch
        tick.resumed.append(edition_id)
    return tick
