"""The ledger's snapshot: the edition's active recipients written as pending rows, a page
(one batch) at a time, before anything is sent."""

from __future__ import annotations

from sqlalchemy import Integer, String, func, insert, literal, select
from sqlalchemy.orm import Session

from digest.audience.active import active_condition
from digest.audience.frequency import takes_edition
from digest.models import (
    Delivery,
    DeliveryBatch,
    DeliveryStatus,
    Edition,
    MailingList,
    Membership,
    MembershipStatus,
    Subscriber,
)


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
               Subscriber.email, literal(str(DeliveryStatus.PENDING), String))
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
