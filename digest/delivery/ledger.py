"""The send ledger: snapshot recipients, claim batches, record outcomes.

Rows are written before anything is sent, and a batch is claimed with a
conditional UPDATE that must change exactly one row, so two workers never send
the same batch.  A batch moves pending -> claimed -> sending -> sent|failed;
one found in `sending` after a crash may or may not have reached the provider,
so it becomes `uncertain` and is reported instead of being sent again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from digest.audience.active import active_members
from digest.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    Edition,
    MailingList,
    Subscriber,
    utcnow,
)

CLAIM_LEASE = timedelta(minutes=10)


def snapshot_page(session: Session, edition: Edition, mailing_list: MailingList,
                  batch_size: int) -> int:
    """Write the next page of active recipients as one batch; return how many (0 = done).

    The bound on subscriber ids is fixed on the first call, so people who join
    mid-send wait for the next edition.  Resumable: it continues after the
    highest subscriber id already in the ledger.
    """
    if edition.recipient_bound is None:
        edition.recipient_bound = session.scalar(select(func.max(Subscriber.id))) or 0
    after = session.scalar(
        select(func.max(Delivery.subscriber_id)).where(Delivery.edition_id == edition.id)
    ) or 0
    rows = session.execute(
        active_members(mailing_list)
        .where(Subscriber.id > after, Subscriber.id <= edition.recipient_bound)
        .limit(batch_size)
    ).all()
    if not rows:
        edition.snapshot_done = True
        return 0
    number = (session.scalar(
        select(func.max(DeliveryBatch.number)).where(DeliveryBatch.edition_id == edition.id)
    ) or 0) + 1
    batch = DeliveryBatch(edition_id=edition.id, number=number)
    session.add(batch)
    session.flush()
    session.add_all(
        Delivery(edition_id=edition.id, subscriber_id=sid, batch_id=batch.id, email=email)
        for sid, email, _name in rows
    )
    return len(rows)


def claim_batch(session: Session, batch_id: int, worker: str, now: datetime | None = None) -> bool:
    """Take a pending batch for this worker; False when someone else has it or it is done."""
    result = session.execute(
        update(DeliveryBatch)
        .where(DeliveryBatch.id == batch_id, DeliveryBatch.status == BatchStatus.PENDING)
        .values(status=BatchStatus.CLAIMED, claimed_by=worker, claimed_at=now or utcnow(),
                attempts=DeliveryBatch.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def mark_sending(session: Session, batch_id: int, worker: str) -> bool:
    """Record that the batch is about to be handed over; False if we lost it meanwhile."""
    result = session.execute(
        update(DeliveryBatch)
        .where(DeliveryBatch.id == batch_id, DeliveryBatch.status == BatchStatus.CLAIMED,
               DeliveryBatch.claimed_by == worker)
        .values(status=BatchStatus.SENDING)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def mark_sent(session: Session, batch_id: int, message_id: str, now: datetime | None = None) -> None:
    now = now or utcnow()
    session.execute(
        update(DeliveryBatch).where(DeliveryBatch.id == batch_id)
        .values(status=BatchStatus.SENT, provider_message_id=message_id, sent_at=now, error="")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Delivery).where(Delivery.batch_id == batch_id)
        .values(status=BatchStatus.SENT, provider_message_id=message_id, sent_at=now)
        .execution_options(synchronize_session=False)
    )


def release_batch(session: Session, batch_id: int, error: str, *, permanent: bool) -> None:
    """After a failed attempt: back to pending (transient) or failed (permanent)."""
    status = BatchStatus.FAILED if permanent else BatchStatus.PENDING
    session.execute(
        update(DeliveryBatch).where(DeliveryBatch.id == batch_id)
        .values(status=status, error=error[:2000], claimed_by="")
        .execution_options(synchronize_session=False)
    )
    if permanent:
        session.execute(
            update(Delivery).where(Delivery.batch_id == batch_id)
            .values(status=BatchStatus.FAILED, error=error[:2000])
            .execution_options(synchronize_session=False)
        )


def recover_stale(session: Session, edition_id: int, now: datetime | None = None) -> tuple[int, int]:
    """After a crash: stale claims go back to pending; stale sends become uncertain.

    Returns (reclaimed, uncertain).
    """
    cutoff = (now or utcnow()) - CLAIM_LEASE
    stale = (DeliveryBatch.edition_id == edition_id) & (DeliveryBatch.claimed_at < cutoff)
    reclaimed = session.execute(
        update(DeliveryBatch).where(stale, DeliveryBatch.status == BatchStatus.CLAIMED)
        .values(status=BatchStatus.PENDING, claimed_by="")
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    uncertain = session.execute(
        update(DeliveryBatch).where(stale, DeliveryBatch.status == BatchStatus.SENDING)
        .values(status=BatchStatus.UNCERTAIN,
                error="worker stopped after handing the batch over; not resent")
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    return reclaimed, uncertain


def batch_counts(session: Session, edition_id: int) -> dict[str, int]:
    """Batches of an edition by status."""
    rows = session.execute(
        select(DeliveryBatch.status, func.count()).where(DeliveryBatch.edition_id == edition_id)
        .group_by(DeliveryBatch.status)
    ).all()
    return {str(status): int(n) for status, n in rows}
