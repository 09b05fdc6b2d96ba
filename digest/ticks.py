"""What beat's ticks do, as plain functions the tasks wrap and the tests call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from digest.config import Settings
from digest.editions.build import build_edition
from digest.models import DeliveryBatch, Edition, EditionStatus, MailingList
from digest.schedule import due_slot

# A sending edition with no batch claimed or sent for this long is handed to `start`
# again (its queued tasks were lost, e.g. Redis restarted without persistence).
STALL = timedelta(minutes=5)


@dataclass
class SendTick:
    started: list[int] = field(default_factory=list)  # edition ids handed to `start`
    resumed: list[int] = field(default_factory=list)  # stalled sends handed to `start` again
    skipped: dict[str, str] = field(default_factory=dict)  # list name -> reason


def stalled_editions(session: Session, now: datetime, stall: timedelta = STALL) -> list[int]:
    """Editions still sending whose batches have shown no progress for `stall`."""
    last_progress = func.max(func.coalesce(DeliveryBatch.sent_at, DeliveryBatch.claimed_at))
    progress = (
        select(DeliveryBatch.edition_id, last_progress.label("at"))
        .group_by(DeliveryBatch.edition_id).subquery()
    )
    rows = session.execute(
        select(Edition.id, Edition.created_at, progress.c.at)
        .outerjoin(progress, progress.c.edition_id == Edition.id)
        .where(Edition.status == EditionStatus.SENDING)
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
    """Build each due list's edition for its slot (once) and start sending it.

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
            slot = due_slot(mailing_list, now)
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
    with factory() as session:
        stalled = stalled_editions(session, now)
    for edition_id in stalled:
        start(edition_id)  # safe to repeat: claims decide who sends each batch
        tick.resumed.append(edition_id)
    return tick
