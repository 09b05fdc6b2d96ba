"""What beat's ticks do, as plain functions the tasks wrap and the tests call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from digest.config import Settings
from digest.delivery import ledger
from digest.lifecycle import edition as life
from digest.models import (
    BatchStatus,
    DeliveryBatch,
    Edition,
    EditionStatus,
    MailingList,
)

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


def send_tick(
    factory: sessionmaker[Session], settings: Settings, now: datetime,
    start: Callable[[int], None],
) -> SendTick:
    """Build each due list's edition (lifecycle.build) and start the ready ones; release
    time-zone buckets whose local time has come; start stalled sends again.

    A second tick for the same slot finds the edition sending and starts nothing: the
    unique (list, slot) constraint makes even two beats harmless.  A slot recorded as
    skipped is built again when news arrived since; `start` is lifecycle.start on a
    worker (the start_send task).
    """
    tick = SendTick()
    with factory() as session:
        list_ids = list(session.scalars(select(MailingList.id).order_by(MailingList.id)))
    for list_id in list_ids:
        try:
            built = life.build(factory, settings, list_id, now=now)
        except LookupError:
            continue  # deleted meanwhile
        if built.status == EditionStatus.SKIPPED:
            tick.skipped[built.list_name] = built.reason
        elif (built.status == EditionStatus.READY and built.edition_id is not None
              and life.hand_over(factory, built.edition_id)):
            start(built.edition_id)
            tick.started.append(built.edition_id)
    with factory() as session, session.begin():
        tick.released = ledger.release_due(session, now)
    for edition_id in tick.released:
        start(edition_id)
    with factory() as session:
        stalled = stalled_editions(session, now, timedelta(seconds=settings.send_stall_seconds))
    for edition_id in stalled:
        if edition_id in tick.released or edition_id in tick.started:
            continue
        start(edition_id)  # safe to repeat: claims decide who sends each batch
        tick.resumed.append(edition_id)
    return tick
