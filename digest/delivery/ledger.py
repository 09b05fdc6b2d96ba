"""The send ledger: snapshot recipients, claim batches, record outcomes.

Every status change of an edition, a batch or a delivery is a function here (the
enums are EditionStatus, BatchStatus and DeliveryStatus); nothing else writes a status.
An edition is ready or skipped when built (a skipped one may become ready when news
arrives in its slot), sending once its snapshot starts, paused by an operator or by
failed batches, and sent when no batch is left open.

Rows are written before anything is sent, and a batch is claimed with a
conditional UPDATE that must change exactly one row, so two workers never send
the same batch.  A batch moves pending -> claimed -> sending -> sent|failed;
one found in `sending` after a crash may or may not have reached the provider,
so it becomes `uncertain` and is reported instead of being sent again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

# The snapshot writes new rows (all pending); it lives beside the ledger, named here too.
from digest.delivery.snapshot import snapshot_page as snapshot_page
from digest.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    DeliveryStatus,
    Edition,
    EditionStatus,
    MailingList,
    utcnow,
)

DEFAULT_LEASE = timedelta(minutes=10)
# Batches that still hold an edition open (scheduled ones wait for their local time).
OPEN = (BatchStatus.SCHEDULED, BatchStatus.PENDING, BatchStatus.CLAIMED, BatchStatus.SENDING)
SENDABLE = (EditionStatus.READY, EditionStatus.SENDING)


class NotAllowed(ValueError):
    """The edition is in a status where this change makes no sense (the message says why)."""


def mark_built(edition: Edition, *, skip_reason: str = "") -> None:
    """A freshly composed edition: ready to send, or skipped with the reason (nothing new).

    Also how a skipped edition becomes ready when news arrived later in its slot; an
    edition in any other status is never composed again.
    """
    if edition.status not in (None, EditionStatus.SKIPPED):  # None: not stored yet
        raise NotAllowed(f"edition {edition.id} is {edition.status}; it is not built again")
    edition.status = EditionStatus.SKIPPED if skip_reason else EditionStatus.READY
    edition.skip_reason = skip_reason


def check_sendable(edition: Edition, action: str = "sent") -> None:
    """NotAllowed unless the edition is ready or sending."""
    if edition.status not in SENDABLE:
        raise NotAllowed(f"edition {edition.id} is {edition.status}; only a ready or sending "
                         f"edition can be {action}")


def start_sending(edition: Edition) -> None:
    """The snapshot is starting (or going on): the edition is sending."""
    check_sendable(edition)
    edition.status = EditionStatus.SENDING


def begin_send(session: Session, edition_id: int) -> bool:
    """A ready edition is handed to be sent: it is sending from now on (a lost start is
    then found stalled and started again).  False when it was not ready, e.g. another
    beat's tick took it first: a conditional UPDATE that changes one row or none."""
    return bool(session.execute(
        update(Edition).where(Edition.id == edition_id, Edition.status == EditionStatus.READY)
        .values(status=EditionStatus.SENDING).execution_options(synchronize_session=False)
    ).rowcount)  # type: ignore[attr-defined]


def pause(edition: Edition) -> None:
    """An operator stops the next batch from being claimed."""
    check_sendable(edition, "paused")
    edition.status = EditionStatus.PAUSED


def resume(session: Session, edition: Edition) -> int:
    """Carry on with a paused edition: failed batches are sent again and the failure
    count starts over.  Returns how many failed batches were reopened."""
    if edition.status != EditionStatus.PAUSED:
        raise NotAllowed(f"edition {edition.id} is {edition.status}, not paused")
    edition.status = EditionStatus.SENDING if edition.snapshot_done else EditionStatus.READY
    edition.failed_batches = 0
    return reopen_failed(session, edition.id)


def count_failure(session: Session, edition_id: int, limit: int) -> None:
    """A batch was refused permanently; `limit` of them pause the edition."""
    edition = session.get(Edition, edition_id, with_for_update=True)
    if edition is None:
        return
    edition.failed_batches += 1
    if edition.failed_batches >= limit and edition.status == EditionStatus.SENDING:
        edition.status = EditionStatus.PAUSED


def finish(session: Session, edition: Edition, now: datetime | None = None) -> bool:
    """Mark a sending edition sent when its snapshot is done and no batch is open.

    Uncertain and failed batches do not hold an edition open: they are reported.
    """
    counts = batch_counts(session, edition.id)
    open_work = sum(counts.get(status, 0) for status in OPEN)
    if edition.status == EditionStatus.SENDING and edition.snapshot_done and not open_work:
        edition.status = EditionStatus.SENT
        edition.sent_at = now or utcnow()
        return True
    return False


def schedule_batch(session: Session, batch_id: int) -> None:
    """The batch's readers' local send time is still to come: nobody claims it until then."""
    session.execute(
        update(DeliveryBatch).where(DeliveryBatch.id == batch_id)
        .values(status=BatchStatus.SCHEDULED)
        .execution_options(synchronize_session=False))


def skip_deliveries(session: Session, delivery_ids: list[int], reason: str = "",
                    *, keep_batch: bool = False) -> None:
    """These readers get nothing: left after the snapshot (their row stays in its batch,
    `keep_batch`) or no story on their topics (taken out of any batch, reason kept)."""
    values: dict[str, object] = {"status": DeliveryStatus.SKIPPED}
    if keep_batch:
        values.update(sent_at=None, provider_message_id="")
    else:
        values.update(error=reason, batch_id=None)
    session.execute(
        update(Delivery).where(Delivery.id.in_(sorted(delivery_ids))).values(**values)
        .execution_options(synchronize_session=False))


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


def mark_sent(session: Session, batch_id: int, message_id: str,
              now: datetime | None = None) -> None:
    """The provider accepted the batch: record its message id on the batch and every row."""
    now = now or utcnow()
    session.execute(
        update(DeliveryBatch).where(DeliveryBatch.id == batch_id)
        .values(status=BatchStatus.SENT, provider_message_id=message_id, sent_at=now, error="")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Delivery).where(Delivery.batch_id == batch_id)
        .values(status=DeliveryStatus.SENT, provider_message_id=message_id, sent_at=now)
        .execution_options(synchronize_session=False)
    )


def mark_recipients_failed(session: Session, reasons: Mapping[int, str]) -> None:
    """Some recipients of a sent batch got nothing (unaddressable, refused): say why."""
    for delivery_id, reason in reasons.items():
        session.execute(
            update(Delivery).where(Delivery.id == delivery_id)
            .values(status=DeliveryStatus.FAILED, error=reason[:2000], sent_at=None,
                    provider_message_id="")
            .execution_options(synchronize_session=False)
        )


def release_batch(session: Session, batch_id: int, error: str, *, permanent: bool,
                  worker: str) -> bool:
    """After a failed attempt: back to pending (transient) or failed (permanent).

    Only while `worker` still holds the claim: after a wait longer than the lease
    (the rate limiter), recovery may have handed the batch to another worker, and
    releasing it then would let a third one send it again. True when it was released."""
    status = BatchStatus.FAILED if permanent else BatchStatus.PENDING
    released = session.execute(
        update(DeliveryBatch)
        .where(DeliveryBatch.id == batch_id, DeliveryBatch.claimed_by == worker,
               DeliveryBatch.status.in_((BatchStatus.CLAIMED, BatchStatus.SENDING)))
        .values(status=status, error=error[:2000], claimed_by="")
        .execution_options(synchronize_session=False)
    ).rowcount == 1  # type: ignore[attr-defined]
    if released and permanent:
        session.execute(
            update(Delivery).where(Delivery.batch_id == batch_id)
            .values(status=DeliveryStatus.FAILED, error=error[:2000])
            .execution_options(synchronize_session=False)
        )
    return released


def recover_stale(session: Session, edition_id: int, now: datetime | None = None,
                  lease: timedelta = DEFAULT_LEASE) -> tuple[int, int]:
    """After a crash: claims older than the lease go back to pending; sends older
    than the lease become uncertain (they may have reached the provider).

    Returns (reclaimed, uncertain).  The lease must outlast one batch's longest
    honest send (rate-limit wait + request timeout), or a slow live worker's
    batch is taken back.
    """
    cutoff = (now or utcnow()) - lease
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
    if uncertain:
        _deliveries_follow(session, edition_id)
    return reclaimed, uncertain


def _deliveries_follow(session: Session, edition_id: int) -> None:
    """Copy `uncertain` from batches to their deliveries (after a bulk recovery)."""
    uncertain_batches = select(DeliveryBatch.id).where(
        DeliveryBatch.edition_id == edition_id, DeliveryBatch.status == BatchStatus.UNCERTAIN)
    session.execute(
        update(Delivery).where(Delivery.batch_id.in_(uncertain_batches),
                               Delivery.status != DeliveryStatus.UNCERTAIN)
        .values(status=DeliveryStatus.UNCERTAIN)
        .execution_options(synchronize_session=False)
    )


def mark_uncertain(session: Session, batch_id: int, error: str) -> None:
    """The request went out but no answer came back: report it, never resend blindly."""
    session.execute(
        update(DeliveryBatch).where(DeliveryBatch.id == batch_id)
        .values(status=BatchStatus.UNCERTAIN, error=error[:2000])
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Delivery).where(Delivery.batch_id == batch_id)
        .values(status=DeliveryStatus.UNCERTAIN, error=error[:2000])
        .execution_options(synchronize_session=False)
    )


def resolve_uncertain(session: Session, batch_id: int, *, delivered: bool) -> bool:
    """An operator's verdict on an uncertain batch (e.g. after checking SendGrid's
    activity feed): delivered marks it sent; not delivered puts it back to pending
    so it is sent.  False when the batch is not uncertain."""
    batch = session.get(DeliveryBatch, batch_id, with_for_update=True)
    if batch is None or batch.status != BatchStatus.UNCERTAIN:
        return False
    if delivered:
        mark_sent(session, batch_id, batch.provider_message_id or "resolved-by-operator")
    else:
        batch.status, batch.claimed_by, batch.error = BatchStatus.PENDING, "", ""
        edition = session.get(Edition, batch.edition_id)
        if edition is not None and edition.status == EditionStatus.SENT:
            edition.status, edition.sent_at = EditionStatus.SENDING, None  # open it again
        session.execute(
            update(Delivery).where(Delivery.batch_id == batch_id)
            .values(status=DeliveryStatus.PENDING, error="")
            .execution_options(synchronize_session=False)
        )
    return True


def batch_counts(session: Session, edition_id: int) -> dict[str, int]:
    """Batches of an edition by status."""
    rows = session.execute(
        select(DeliveryBatch.status, func.count()).where(DeliveryBatch.edition_id == edition_id)
        .group_by(DeliveryBatch.status)
    ).all()
    return {str(status): int(n) for status, n in rows}


def recipient_counts(session: Session, edition_id: int) -> dict[str, int]:
    """Deliveries (recipients) of an edition by status."""
    rows = session.execute(
        select(Delivery.status, func.count()).where(Delivery.edition_id == edition_id)
        .group_by(Delivery.status)
    ).all()
    return {str(status): int(n) for status, n in rows}


def uncertain_batches(session: Session, edition_id: int) -> list[DeliveryBatch]:
    """Batches that may or may not have reached the provider, for the operator."""
    return list(session.scalars(
        select(DeliveryBatch).where(DeliveryBatch.edition_id == edition_id,
                                    DeliveryBatch.status == BatchStatus.UNCERTAIN)
        .order_by(DeliveryBatch.number)
    ))


def reopen_failed(session: Session, edition_id: int) -> int:
    """Put failed batches back to pending (an operator fixed the cause); how many."""
    failed = select(DeliveryBatch.id).where(DeliveryBatch.edition_id == edition_id,
                                            DeliveryBatch.status == BatchStatus.FAILED)
    session.execute(
        update(Delivery).where(Delivery.batch_id.in_(failed))
        .values(status=DeliveryStatus.PENDING, error="")
        .execution_options(synchronize_session=False)
    )
    return int(session.execute(
        update(DeliveryBatch).where(DeliveryBatch.edition_id == edition_id,
                                    DeliveryBatch.status == BatchStatus.FAILED)
        .values(status=BatchStatus.PENDING, error="", claimed_by="")
        .execution_options(synchronize_session=False)
    ).rowcount)  # type: ignore[attr-defined]


def release_due(session: Session, now: datetime, edition_id: int | None = None) -> list[int]:
    """Turn scheduled batches whose local send time has come into pending ones (of one
    edition, or of all).

    Returns the editions that got batches, for the caller to queue them.  The
    conditional UPDATE releases each batch once, even with two ticks at once.
    """
    due = (DeliveryBatch.status == BatchStatus.SCHEDULED) & (DeliveryBatch.release_at <= now)
    if edition_id is not None:
        due = due & (DeliveryBatch.edition_id == edition_id)
    editions = sorted(set(session.scalars(select(DeliveryBatch.edition_id).where(due))))
    if editions:
        session.execute(
            update(DeliveryBatch).where(due).values(status=BatchStatus.PENDING)
            .execution_options(synchronize_session=False)
        )
    return editions


def recent_failures(session: Session, limit: int = 10) -> list[tuple[str, int, int, str, int, str]]:
    """The newest failed or uncertain batches across editions, for `digest status`:
    (list name, edition id, batch number, status, recipients, error)."""
    size = (select(func.count()).select_from(Delivery)
            .where(Delivery.batch_id == DeliveryBatch.id).scalar_subquery())
    rows = session.execute(
        select(MailingList.name, DeliveryBatch.edition_id, DeliveryBatch.number,
               DeliveryBatch.status, size, DeliveryBatch.error)
        .join(Edition, Edition.id == DeliveryBatch.edition_id)
        .join(MailingList, MailingList.id == Edition.list_id)
        .where(DeliveryBatch.status.in_([BatchStatus.FAILED, BatchStatus.UNCERTAIN]))
        .order_by(DeliveryBatch.id.desc()).limit(limit)
    ).all()
    return [(name, eid, number, str(status), int(n or 0), error)
            for name, eid, number, status, n, error in rows]
