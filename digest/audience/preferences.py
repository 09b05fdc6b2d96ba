"""What a member can choose: which of the list's topics, how often, and their time zone."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import available_timezones

from sqlalchemy.orm import Session

from digest.audience import tokens
from digest.audience.flows import membership_for_token
from digest.models import AuditEntry, MailingList, Membership, Subscriber, utcnow


class Frequency(enum.StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"


class InvalidPreferences(ValueError):
    """A choice the list does not offer (the message says which)."""


@dataclass(frozen=True)
class PreferencesUpdate:
    """Fields left as None stay as they are.  `topics=[]` means every topic of the list."""

    topics: list[str] | None = None
    frequency: Frequency | str | None = None
    timezone: str | None = None


@lru_cache(maxsize=1)
def known_timezones() -> frozenset[str]:
    return frozenset(available_timezones())


def update_preferences(
    session: Session, membership: Membership, update: PreferencesUpdate, *,
    actor: str = "subscriber", now: datetime | None = None,
) -> Membership:
    """Validate and store the choices, auditing what changed.  Raises InvalidPreferences."""
    mailing_list = session.get(MailingList, membership.list_id)
    subscriber = session.get(Subscriber, membership.subscriber_id)
    assert mailing_list is not None and subscriber is not None
    changes: dict[str, object] = {}
    if update.topics is not None:
        unknown = sorted(set(update.topics) - set(mailing_list.topics))
        if unknown:
            raise InvalidPreferences(f"this list has no topic(s) {', '.join(unknown)}")
        topics = sorted(set(update.topics))
        if topics != sorted(membership.topics or []):
            membership.topics = topics
            changes["topics"] = topics
    if update.frequency is not None:
        try:
            frequency = Frequency(update.frequency)
        except ValueError:
            raise InvalidPreferences(f"frequency must be daily or weekly, not "
                                     f"{update.frequency!r}") from None
        if frequency != membership.frequency:
            membership.frequency = frequency
            changes["frequency"] = str(frequency)
    if update.timezone is not None:
        if update.timezone not in known_timezones():
            raise InvalidPreferences(f"unknown time zone {update.timezone!r}")
        if update.timezone != subscriber.timezone:
            subscriber.timezone = update.timezone
            changes["timezone"] = update.timezone
    if changes:
        now = now or utcnow()
        membership.updated_at = now
        session.add(AuditEntry(at=now, actor=actor, action="preferences",
                               subject_type="membership", subject_id=membership.id,
                               detail={"list_id": membership.list_id,
                                       "subscriber_id": membership.subscriber_id, **changes}))
    return membership


def membership_for_preferences(session: Session, secret: str, token: str) -> Membership:
    """The membership a preferences link names (these links do not expire).  Raises BadToken."""
    return membership_for_token(session, secret, tokens.PREFERENCES, token)
