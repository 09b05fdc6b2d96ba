"""The one definition of an active member, for the send path and for counts alike.

Active = membership `active`, address not suppressed, and (free list or billing current).
Billing is per membership of a paid list: the membership's own billing when a billing
event named that list, else the subscriber's (events naming no list), so a payment for
one paid list never unlocks another.
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


def billing_of_membership() -> ColumnElement[str]:
    """SQL: the billing status that counts for a Membership row (joined to its Subscriber)."""
    return func.coalesce(Membership.billing_status, Subscriber.billing_status)


def effective_billing(membership: Membership | None, subscriber: Subscriber) -> str:
    """The same in Python: the membership's own billing, else the subscriber's."""
    if membership is not None and membership.billing_status:
        return membership.billing_status
    return subscriber.billing_status


def active_condition(mailing_list: MailingList) -> ColumnElement[bool]:
    """SQL condition over Membership and Subscriber rows meaning "receives this list"."""
    conditions = [
        Membership.list_id == mailing_list.id,
        Membership.status == MembershipStatus.ACTIVE,
        ~exists().where(Suppression.email_hash == Subscriber.email_hash),
    ]
    if mailing_list.is_paid:
        conditions.append(billing_of_membership() == BillingStatus.CURRENT)
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

