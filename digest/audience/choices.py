"""The closed sets a person picks from on the command line and in forms.

Kept free of the database layer so that `digest subscribers --help` can list them without
importing SQLAlchemy; digest.models and digest.audience.importing re-export them.
"""

from __future__ import annotations

import enum


class MembershipStatus(enum.StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    UNSUBSCRIBED = "unsubscribed"
    BOUNCED = "bounced"
    COMPLAINED = "complained"
    LAPSED = "lapsed"


class BillingStatus(enum.StrEnum):
    CURRENT = "current"
    PAST_DUE = "past_due"
    CANCELED = "canceled"


class Format(enum.StrEnum):
    """The export formats `digest subscribers import` reads."""

    PLAIN = "plain"
    MAILCHIMP = "mailchimp"
    LISTMONK = "listmonk"
    SUBSTACK = "substack"
