"""The one definition of an active member, for the send path, counts and pages alike.

Active = membership `active`, address not suppressed, and (free list or billing current).
Billing is per membership of a paid list: the membership's own billing when a billing
event named that list, else the subscriber's (events naming no list), so a payment for
one paid list never unlocks another.
Every other place that shows a status uses `shown_status()`, which says "active" exactly
when this definition holds, so a count of "active" anywhere equals who gets mail.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, not_, or_, select, true
from sqlalchemy.orm import Session

from digest.models import (
    BillingStatus,
    MailingList,
    Membership,
    MembershipStatus,
    Subscriber,
    Suppression,
)

SUPPRESSED = "suppressed"
# What a page may show as a member's status: the stored ones, plus "suppressed".
SHOWN_STATUSES = (*(s.value for s in MembershipStatus), SUPPRESSED)


def billing_of_membership() -> ColumnElement[str]:
    """SQL: the billing status that counts for a Membership row (joined to its Subscriber)."""
    return func.coalesce(Membership.billing_status, Subscriber.billing_status)


def effective_billing(membership: Membership | None, subscriber: Subscriber) -> str:
    """The same in Python: the membership's own billing, else the subscriber's."""
    if membership is not None and membership.billing_status:
        return membership.billing_status
    return subscriber.billing_status


def is_suppressed_condition() -> ColumnElement[bool]:
    """SQL: the Subscriber row's address is on the suppression list."""
    return exists().where(Suppression.email_hash == Subscriber.email_hash)


def _receives(paid: bool | ColumnElement[bool]) -> ColumnElement[bool]:
    """The definition itself, over Membership and Subscriber rows; `paid` is the list's
    is_paid, as a Python value (one known list) or a column (lists joined in)."""
    billing_ok: ColumnElement[bool] = billing_of_membership() == BillingStatus.CURRENT
    if isinstance(paid, bool):
        billing = billing_ok if paid else true()
    else:
        billing = or_(not_(paid), billing_ok)
    return and_(Membership.status == MembershipStatus.ACTIVE, ~is_suppressed_condition(),
                billing)


def active_condition(mailing_list: MailingList) -> ColumnElement[bool]:
    """SQL condition over Membership and Subscriber rows meaning "receives this list"."""
    return and_(Membership.list_id == mailing_list.id, _receives(mailing_list.is_paid))


def shown_status() -> ColumnElement[str]:
    """SQL: the status to show for a Membership row joined with its Subscriber and
    MailingList: "active" exactly when the member receives the list, "suppressed" for a
    suppressed address, "lapsed" for an active member of a paid list whose billing is not
    current, otherwise the stored status."""
    return case(
        (_receives(MailingList.is_paid.expression), MembershipStatus.ACTIVE.value),
        (is_suppressed_condition(), SUPPRESSED),
        (Membership.status == MembershipStatus.ACTIVE, MembershipStatus.LAPSED.value),
        else_=Membership.status,
    )


def suppression_reason() -> ColumnElement[str]:
    """SQL: why the Subscriber row's address is suppressed ("" when it is not)."""
    return func.coalesce(select(Suppression.reason).where(
        Suppression.email_hash == Subscriber.email_hash).scalar_subquery(), "")


def members_with_status() -> Select[Subscriber, Membership, str, str, str]:
    """(subscriber, membership, list name, shown status, suppression reason) rows."""
    return (select(Subscriber, Membership, MailingList.name, shown_status().label("shown"),
                   suppression_reason().label("suppressed_because"))
            .join(Membership, Membership.subscriber_id == Subscriber.id)
            .join(MailingList, MailingList.id == Membership.list_id))


def status_counts(session: Session, list_ids: Iterable[int] | None = None) -> dict[str, int]:
    """Members per shown status, over every list or the given ones."""
    shown = shown_status()
    query = (select(shown, func.count()).select_from(Membership)
             .join(Subscriber, Subscriber.id == Membership.subscriber_id)
             .join(MailingList, MailingList.id == Membership.list_id).group_by(shown))
    if list_ids is not None:
        query = query.where(Membership.list_id.in_(list(list_ids)))
    return {str(status): int(n) for status, n in session.execute(query)}


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
