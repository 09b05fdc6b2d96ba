"""The one definition of an active member, for the send path and for counts alike.

Active = membership `active`, address not suppressed, and (free list or billing current).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session

from digest.models import (
    BillingStatus,
    MailingList,
    Membership,
    MembershipStatus,
    Subscriber,
    Suppression,
)


def active_condition(mailing_list: MailingList) -> ColumnElement[bool]:
    """SQL condition over Membership and Subscriber rows meaning "receives this list"."""
    conditions = [
        Membership.list_id == mailing_list.id,
        Membership.status == MembershipStatus.ACTIVE,
        ~exists().where(Suppression.email_hash == Subscriber.email_hash),
    ]
    if mailing_list.is_paid:
        conditions.append(Subscriber.billing_status == BillingStatus.CURRENT)
    return and_(*conditions)


def active_members(mailing_list: MailingList) -> Select[int, str, str]:
    """(subscriber id, email, name) of active members, ordered by subscriber id."""
    return (
        select(Subscriber.id, Subscriber.email, Subscriber.name)
        .join(Membership, Membership.subscriber_id == Subscriber.id)
        .where(active_condition(mailing_list))
        .order_by(Subscriber.id)
    )


def count_active(session: Session, mailing_list: MailingList) -> int:
    query = (
        select(func.count())
        .select_from(Subscriber)
        .join(Membership, Membership.subscriber_id == Subscriber.id)
        .where(active_condition(mailing_list))
    )
    return int(session.scalar(query) or 0)


def is_active(session: Session, mailing_list: MailingList, subscriber_id: int) -> bool:
    """Whether one subscriber receives the list, by the same SQL as the send path."""
    query = active_members(mailing_list).where(Subscriber.id == subscriber_id)
    return session.execute(query).first() is not None

