"""Where a send stands, read from the ledger alone (any process can watch any send)."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from digest.delivery import ledger
from digest.delivery.events import edition_stats
from digest.editions.topics import NO_STORY_ON_TOPICS
from digest.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    DeliveryStatus,
    Edition,
    EditionStatus,
    MailingList,
)

SKIPPED = DeliveryStatus.SKIPPED

FINAL = frozenset({EditionStatus.SENT, EditionStatus.PAUSED, EditionStatus.SKIPPED})


class StallClock:
    """Tells a poller when a send has stopped moving, so it can re-queue the work.

    `stalled(seen)` is called once per poll with whatever shows movement (counts,
    statuses); it is True when `seen` has not changed for `after` seconds, and then
    starts counting again, so a long stall re-queues once per `after`.
    """

    def __init__(self, after: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.after, self._clock = after, clock
        self._seen: Hashable = object()
        self._since = clock()

    def stalled(self, seen: Hashable) -> bool:
        now = self._clock()
        if seen != self._seen:
            self._seen, self._since = seen, now
            return False
        if now - self._since > self.after:
            self._since = now
            return True
        return False


@dataclass(frozen=True)
class UncertainBatch:
    number: int
    batch_id: int
    recipients: int
    error: str


@dataclass(frozen=True)
class EditionProgress:
    edition_id: int
    list_name: str
    subject: str
    status: str
    snapshot_done: bool
    batches: dict[str, int] = field(default_factory=dict)
    recipients: dict[str, int] = field(default_factory=dict)
    events: dict[str, int] = field(default_factory=dict)
    uncertain: tuple[UncertainBatch, ...] = ()
    failed_errors: tuple[str, ...] = ()
    # Skipped recipients whose chosen topics had no story in the edition (the rest of the
    # skipped left the list after the snapshot).
    skipped_for_topics: int = 0

    @property
    def total(self) -> int:
        """Recipients in the ledger so far (all of them once the snapshot is done)."""
        return sum(self.recipients.values())

    @property
    def done(self) -> int:
        """Recipients whose outcome is settled: sent, failed, skipped or uncertain."""
        return self.total - self.recipients.get(DeliveryStatus.PENDING, 0)

    @property
    def sent(self) -> int:
        return self.recipients.get(DeliveryStatus.SENT, 0)

    @property
    def open_batches(self) -> int:
        return sum(self.batches.get(status, 0) for status in ledger.OPEN)

    @property
    def final(self) -> bool:
        return self.status in FINAL

    @property
    def waiting(self) -> int:
        """Batches held for their readers' local time (the send tick releases them)."""
        return self.batches.get(BatchStatus.SCHEDULED, 0)

    @property
    def settled(self) -> bool:
        """Nothing more can happen now: final, or sending with only scheduled batches open."""
        return self.final or (self.status == EditionStatus.SENDING and self.snapshot_done
                              and 0 < self.open_batches == self.waiting)

    def counts_line(self) -> str:
        r = self.recipients
        parts = [f"{self.sent} sent", f"{r.get(DeliveryStatus.PENDING, 0)} pending",
                 f"{r.get(DeliveryStatus.FAILED, 0)} failed"]
        if r.get(DeliveryStatus.UNCERTAIN):
            parts.append(f"{r[DeliveryStatus.UNCERTAIN]} uncertain")
        if r.get(SKIPPED):
            left = r[SKIPPED] - self.skipped_for_topics
            why = [f"{n} {reason}" for n, reason in (
                (self.skipped_for_topics, "no story on their topics"),
                (left, "left after the snapshot")) if n]
            parts.append(f"{r[SKIPPED]} skipped ({', '.join(why)})")
        return ", ".join(parts)


def read_progress(session: Session, edition_id: int) -> EditionProgress:
    """The edition's ledger right now; LookupError when there is no such edition."""
    edition = session.get(Edition, edition_id)
    if edition is None:
        raise LookupError(f"no edition {edition_id}")
    mailing_list = session.get(MailingList, edition.list_id)
    uncertain = tuple(
        UncertainBatch(b.number, b.id, _size(session, b.id), b.error)
        for b in ledger.uncertain_batches(session, edition_id))
    failed = tuple(dict.fromkeys(session.scalars(
        select(DeliveryBatch.error).where(
            DeliveryBatch.edition_id == edition_id,
            DeliveryBatch.status == BatchStatus.FAILED))))
    recipients = ledger.recipient_counts(session, edition_id)
    return EditionProgress(
        edition_id=edition.id, list_name=mailing_list.name if mailing_list else "?",
        subject=edition.subject, status=str(edition.status),
        snapshot_done=edition.snapshot_done,
        batches=ledger.batch_counts(session, edition_id),
        recipients=recipients,
        events=edition_stats(session, edition_id), uncertain=uncertain, failed_errors=failed,
        skipped_for_topics=_skipped_for_topics(session, edition_id) if SKIPPED in recipients
        else 0,
    )


def _skipped_for_topics(session: Session, edition_id: int) -> int:
    return int(session.scalar(
        select(func.count()).select_from(Delivery).where(
            Delivery.edition_id == edition_id, Delivery.status == SKIPPED,
            Delivery.error.startswith(NO_STORY_ON_TOPICS, autoescape=True))) or 0)


def _size(session: Session, batch_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(Delivery)
                              .where(Delivery.batch_id == batch_id)) or 0)
