"""The send ledger: snapshot recipients, claim batches, record outcomes.

Rows are written before anything is sent, and a batch is claimed with a
conditional UPDATE that must change exactly one row, so two workers never send
the same batch.  A batch moves pending -> claimed -> sending -> sent|failed;
one found in `sending` after a crash may or may not have reached the provider,
so it becomes `uncertain` and is reported instead of being sent again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import Integer, String, func, insert, literal, select, update
from sqlalchemy.orm import Session

from digest.audience.active import active_condition
from digest.audience.frequency import takes_edition
from digest.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    Edition,
    EditionStatus,
    MailingList,
    Membership,
    MembershipStatus,
    Subscriber,
    utcnow,
)

DEFAULT_LEASE = timedelta(minutes=10)


def snapshot_page(session: Session, edition: Edition, mailing_list: MailingList,
                  batch_size: int) -> tuple[int, int | None]:
    """Write the next page of active recipients as one batch: (how many, batch id).

    (0, None) means the snapshot is complete.  The bound on subscriber ids is
    fixed on the first call, so people who join mid-send wait for the next
    edition.  Resumable: it continues after the highest subscriber id already in
    the ledger.  Recipients never leave the database: one INSERT ... SELECT per page.
    """
    if edition.recipient_bound is None:
        edition.recipient_bound = session.scalar(select(func.max(Subscriber.id))) or 0
    after = session.scalar(
        select(func.max(Delivery.subscriber_id)).where(Delivery.edition_id == edition.id)
    ) or 0
    number = (session.scalar(
        select(func.max(DeliveryBatch.number)).where(DeliveryBatch.edition_id == edition.id)
    ) or 0) + 1
    batch = DeliveryBatch(edition_id=edition.id, number=number)
    session.add(batch)
    session.flush()
    while True:
        last = _page_end(session, mailing_list, after, edition.recipient_bound, batch_size)
        if last is None:
            session.delete(batch)
            edition.snapshot_done = True
            return 0, None
        written = _write_page(session, edition, mailing_list, batch.id, after, last)
        if written:
            return written, batch.id
        after = last  # every member in this window is suppressed or not due: go on


def _page_end(session: Session, mailing_list: MailingList, after: int, bound: int,
              size: int) -> int | None:
    """The subscriber id that closes the next window of `size` active memberships.

    Read from the (list, status, subscriber) index alone, so a window costs the same at
    the end of a large list as at its start whatever plan the database picks for the
    full condition (one query ordering by subscriber over every condition let
    PostgreSQL hash-join and sort all remaining members for each page).
    """
    ids = select(Membership.subscriber_id).where(
        Membership.list_id == mailing_list.id, Membership.status == MembershipStatus.ACTIVE,
        Membership.subscriber_id > after, Membership.subscriber_id <= bound,
    ).order_by(Membership.subscriber_id).limit(size).subquery()
    return session.scalar(select(func.max(ids.c.subscriber_id)))


def _write_page(session: Session, edition: Edition, mailing_list: MailingList, batch_id: int,
                after: int, last: int) -> int:
    """Ledger rows for the recipients with ids in (after, last]; how many were written."""
    page = (
        select(literal(edition.id, Integer), Membership.subscriber_id, literal(batch_id, Integer),
               Subscriber.email, literal(str(BatchStatus.PENDING), String))
        .select_from(Membership)
        .join(Subscriber, Subscriber.id == Membership.subscriber_id)
        .where(active_condition(mailing_list), takes_edition(mailing_list, edition.created_at),
               Membership.subscriber_id > after, Membership.subscriber_id <= last)
    )
    # Counted through RETURNING: rowcount of INSERT ... SELECT is -1 under psycopg here.
    return len(session.execute(
        insert(Delivery).from_select(
            ["edition_id", "subscriber_id", "batch_id", "email", "status"], page)
        .returning(Delivery.id)
    ).all())


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
        .values(status=BatchStatus.SENT, provider_message_id=message_id, sent_at=now)
        .execution_options(synchronize_session=False)
    )


def mark_recipients_failed(session: Session, reasons: Mapping[int, str]) -> None:
    """Some recipients of a sent batch got nothing (unaddressable, refused): say why."""
    for delivery_id, reason in reasons.items():
        session.execute(
            update(Delivery).where(Delivery.id == delivery_id)
            .values(status=BatchStatus.FAILED, error=reason[:2000], sent_at=None,
                    provider_message_id="")
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
                               Delivery.status != BatchStatus.UNCERTAIN)
        .values(status=BatchStatus.UNCERTAIN)
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
        .values(status=BatchStatus.UNCERTAIN, error=error[:2000])
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
            .values(status=BatchStatus.PENDING, error="")
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
        .values(status=BatchStatus.PENDING, error="")
        .execution_options(synchronize_session=False)
    )
    return int(session.execute(
        update(DeliveryBatch).where(DeliveryBatch.edition_id == edition_id,
                                    DeliveryBatch.status == BatchStatus.FAILED)
        .values(status=BatchStatus.PENDING, error="", claimed_by="")
        .execution_options(synchronize_session=False)
    ).rowcount)  # type: ignore[attr-defined]


def release_due(session: Session, now: datetime) -> list[int]:
    """Turn scheduled batches whose local send time has come into pending ones.

    Returns the editions that got batches, for the caller to queue them.  The
    conditional UPDATE releases each batch once, even with two ticks at once.
    """
    due = (DeliveryBatch.status == BatchStatus.SCHEDULED) & (DeliveryBatch.release_at <= now)
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
