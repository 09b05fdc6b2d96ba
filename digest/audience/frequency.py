"""Who takes this edition by their chosen frequency (daily or weekly).

A weekly reader receives the first edition after a week without one, and with it the
longer backstory variant (see digest.delivery.batch_renders), so nothing is missed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, exists, or_

from digest.audience.preferences import Frequency
from digest.models import Delivery, DeliveryStatus, Edition, MailingList, Membership, Subscriber

# Slightly under a week, so a weekly reader on a daily list gets the same weekday each week.
WEEKLY_GAP = timedelta(days=6, hours=12)


def takes_edition(mailing_list: MailingList, edition_at: datetime) -> ColumnElement[bool]:
    """SQL over Membership and Subscriber: this member's frequency takes an edition now."""
    had_recent = exists().where(
        Delivery.subscriber_id == Subscriber.id,
        Delivery.status == DeliveryStatus.SENT,
        Delivery.sent_at > edition_at - WEEKLY_GAP,
        Delivery.edition_id == Edition.id,
        Edition.list_id == mailing_list.id,
    )
    return or_(Membership.frequency != Frequency.WEEKLY, ~had_recent)
