"""People and their memberships: addresses, status changes and the audit trail.

`apply_event` is the one function that changes a membership's status: it asks
the transition table (`transitions.py`) for the new status, stores it and
writes the audit entry saying who or what changed it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from digest.audience.active import effective_billing
from digest.audience.transitions import Context, Event, next_status
from digest.models import (
    AuditEntry,
    BillingStatus,
    MailingList,
    Membership,
    MembershipStatus,
    Subscriber,
    Suppression,
    utcnow,
)


class InvalidEmail(ValueError):
    """An address that cannot receive mail, with the reason."""


# An unquoted ASCII local part (RFC 5322 dot-atom): email-validator keeps it as it is.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


def _full_validation(address: str) -> str:
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InvalidEmail(f"{address!r}: {exc}") from None


@lru_cache(maxsize=20_000)
def _normalised_domain(domain: str) -> str:
    """A domain as email-validator normalises it (cached: lists share few domains)."""
    return _full_validation(f"a@{domain}").rsplit("@", 1)[1]


def normalise_email(raw: str) -> str:
    """The address as email-validator normalises it (no DNS lookups: works offline).

    Plain ASCII local parts skip re-validating a domain already seen: validating
    the domain is most of email-validator's work, and its result depends on the
    domain alone.  Anything else goes through email-validator whole.
    """
    address = raw.strip()
    local, at, domain = address.rpartition("@")
    if at and len(address) <= 254 and len(local) <= 64 and _PLAIN_LOCAL.fullmatch(local):
        try:
            return f"{local}@{_normalised_domain(domain)}"
        except InvalidEmail:
            pass  # report the whole address's problem below
    return _full_validation(address)


def email_hash(email: str) -> str:
    """sha256 of the lower-cased address: what suppressions and tokens remember."""
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


def find_subscriber(session: Session, email: str) -> Subscriber | None:
    return session.scalar(select(Subscriber).where(Subscriber.email_key == email.lower()))


def is_suppressed(session: Session, email: str) -> bool:
    return bool(session.scalar(select(exists().where(Suppression.email_hash == email_hash(email)))))


def get_or_create_subscriber(
    session: Session, raw_email: str, *, name: str = "", now: datetime | None = None,
    fill_name: bool = True,
) -> Subscriber:
    """The subscriber with this address, created when new (address validated first).

    `name` (cleaned to one line) is stored on a new subscriber, and on a known one who
    has none when `fill_name`; a request nobody has authenticated passes False.
    """
    email = normalise_email(raw_email)
    subscriber = find_subscriber(session, email)
    if subscriber is None:
        subscriber = Subscriber(
            email=email, email_key=email.lower(), email_hash=email_hash(email), name=name,
            created_at=now or utcnow(), attributes={},
        )
        session.add(subscriber)
        session.flush()
    elif fill_name and name and not subscriber.name:
        subscriber.name = name
    return subscriber


def membership_context(
    mailing_list: MailingList, subscriber: Subscriber, membership: Membership | None = None,
    **extra: Any,
) -> Context:
    """The transition context for one member of one list (billing: theirs on this list)."""
    return Context(
        double_opt_in=mailing_list.double_opt_in, paid=mailing_list.is_paid,
        billing_current=effective_billing(membership, subscriber) == BillingStatus.CURRENT,
        **extra,
    )


def audit_values(
    *, at: datetime, actor: str, membership_id: int, list_id: int, subscriber_id: int,
    before: str | None, after: str, event: str, reason: str = "",
) -> dict[str, Any]:
    """The audit row of one status change (also used by the bulk importer)."""
    return {
        "at": at, "actor": actor, "action": "status", "subject_type": "membership",
        "subject_id": membership_id,
        "detail": {"from": before, "to": after, "event": event, "reason": reason,
                   "list_id": list_id, "subscriber_id": subscriber_id},
    }


@dataclass(frozen=True)
class Change:
    membership: Membership
    before: MembershipStatus | None
    after: MembershipStatus

    @property
    def changed(self) -> bool:
        return self.before != self.after


def apply_event(
    session: Session, mailing_list: MailingList, subscriber: Subscriber, event: Event, *,
    actor: str, reason: str = "", target: MembershipStatus | None = None,
    reconfirm: bool = False, now: datetime | None = None,
) -> Change:
    """Apply one event to the subscriber's membership of the list (created when needed).

    Raises TransitionRefused (nothing written) when the event does not apply.
    Writes one AuditEntry when the status changes; `actor` names who or what
    changed it ("admin:alice", "subscriber", "bounce", "billing", "import", "cli").
    """
    now = now or utcnow()
    membership = session.scalar(select(Membership).where(
        Membership.list_id == mailing_list.id, Membership.subscriber_id == subscriber.id))
    before = None if membership is None else MembershipStatus(membership.status)
    ctx = membership_context(mailing_list, subscriber, membership, target=target,
                             reconfirm=reconfirm)
    after = next_status(before, event, ctx)
    if membership is None:
        membership = Membership(list_id=mailing_list.id, subscriber_id=subscriber.id,
                                status=after, status_reason=reason, created_at=now,
                                updated_at=now, topics=[], frequency="daily")
        session.add(membership)
        session.flush()
    elif before == after:
        return Change(membership, before, after)
    membership.status = after
    membership.status_reason = reason or str(event)
    membership.updated_at = now
    session.add(AuditEntry(**audit_values(
        at=now, actor=actor, membership_id=membership.id, list_id=mailing_list.id,
        subscriber_id=subscriber.id, before=before, after=after, event=event, reason=reason)))
    if after == MembershipStatus.ACTIVE and subscriber.confirmed_at is None:
        subscriber.confirmed_at = now
    return Change(membership, before, after)


def set_status(
    session: Session, membership: Membership, status: MembershipStatus, *, actor: str,
    reason: str = "", now: datetime | None = None,
) -> bool:
    """An admin's (or a system's) direct choice of status; False when nothing changed."""
    mailing_list = session.get(MailingList, membership.list_id)
    subscriber = session.get(Subscriber, membership.subscriber_id)
    assert mailing_list is not None and subscriber is not None
    change = apply_event(session, mailing_list, subscriber, Event.ADMIN_SET, actor=actor,
                         reason=reason, target=status, now=now)
    return change.changed


def subscribe(
    session: Session, list_id: int, raw_email: str, *, name: str = "",
    status: MembershipStatus = MembershipStatus.ACTIVE, actor: str = "cli",
    now: datetime | None = None,
) -> Membership:
    """Put an address on a list with the given status, as an admin would (no confirmation).

    `active` on a paid list becomes `lapsed` when the subscriber's billing is not
    current.  For the public sign-up flow with double opt-in use
    `flows.request_subscription`.
    """
    mailing_list = session.get(MailingList, list_id)
    if mailing_list is None:
        raise LookupError(f"no list with id {list_id}")
    subscriber = get_or_create_subscriber(session, raw_email, name=name, now=now)
    return apply_event(session, mailing_list, subscriber, Event.ADMIN_SET, actor=actor,
                       reason="subscribed", target=status, now=now).membership
