"""Adding people to lists and changing their status, with an audit trail."""

from __future__ import annotations

import hashlib
from datetime import datetime

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.models import AuditEntry, Membership, MembershipStatus, Subscriber, utcnow


class InvalidEmail(ValueError):
    """An address that cannot receive mail, with the reason."""


def normalise_email(raw: str) -> str:
    """The address as email-validator normalises it (no DNS lookups: works offline)."""
    try:
        return validate_email(raw.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InvalidEmail(f"{raw.strip()!r}: {exc}") from None


def email_hash(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


def find_subscriber(session: Session, email: str) -> Subscriber | None:
    return session.scalar(select(Subscriber).where(Subscriber.email_key == email.lower()))


def get_or_create_subscriber(
    session: Session, raw_email: str, *, name: str = "", now: datetime | None = None
) -> Subscriber:
    """The subscriber with this address, created when new (address validated first)."""
    email = normalise_email(raw_email)
    subscriber = find_subscriber(session, email)
    if subscriber is None:
        subscriber = Subscriber(
            email=email, email_key=email.lower(), email_hash=email_hash(email), name=name,
            created_at=now or utcnow(),
        )
        session.add(subscriber)
        session.flush()
    elif name and not subscriber.name:
        subscriber.name = name
    return subscriber


def set_status(
    session: Session, membership: Membership, status: MembershipStatus, *, actor: str,
    reason: str = "", now: datetime | None = None,
) -> bool:
    """Change a membership's status and audit it; return False when it was already so."""
    if membership.status == status:
        return False
    now = now or utcnow()
    session.add(AuditEntry(
        at=now, actor=actor, action="status", subject_type="membership",
        subject_id=membership.id,
        detail={"from": membership.status, "to": str(status), "reason": reason,
                "list_id": membership.list_id, "subscriber_id": membership.subscriber_id},
    ))
    membership.status = status
    membership.status_reason = reason
    membership.updated_at = now
    return True


def subscribe(
    session: Session, list_id: int, raw_email: str, *, name: str = "",
    status: MembershipStatus = MembershipStatus.ACTIVE, actor: str = "cli",
    now: datetime | None = None,
) -> Membership:
    """Put an address on a list with the given status (creating what is missing)."""
    now = now or utcnow()
    subscriber = get_or_create_subscriber(session, raw_email, name=name, now=now)
    membership = session.scalar(select(Membership).where(
        Membership.list_id == list_id, Membership.subscriber_id == subscriber.id))
    if membership is None:
        membership = Membership(list_id=list_id, subscriber_id=subscriber.id,
                                status=MembershipStatus.PENDING, created_at=now, updated_at=now)
        session.add(membership)
        session.flush()
    set_status(session, membership, status, actor=actor, reason="subscribed", now=now)
    if status == MembershipStatus.ACTIVE and subscriber.confirmed_at is None:
        subscriber.confirmed_at = now
    return membership
