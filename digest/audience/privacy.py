"""The right to know and the right to be forgotten.

`forget` deletes a person and everything tied to them (memberships, delivery
ledger rows) but keeps a suppression holding only the address hash, so the
address is never mailed again, not even if it is imported or signs up later.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from digest.audience.subscribers import email_hash, find_subscriber, normalise_email
from digest.models import (
    AuditEntry,
    Delivery,
    MailingList,
    Membership,
    Suppression,
    WebhookEvent,
    utcnow,
)


def _clean(raw_email: str) -> str:
    try:
        return normalise_email(raw_email)
    except ValueError:
        return raw_email.strip()


def describe(session: Session, raw_email: str) -> dict[str, Any] | None:
    """Everything stored about an address, or None when nothing is (beyond a suppression)."""
    email = _clean(raw_email)
    subscriber = find_subscriber(session, email)
    suppression = session.scalar(
        select(Suppression).where(Suppression.email_hash == email_hash(email)))
    if subscriber is None:
        return None if suppression is None else {"suppressed": suppression.reason}
    memberships = session.execute(
        select(Membership, MailingList.name).join(MailingList)
        .where(Membership.subscriber_id == subscriber.id).order_by(Membership.id))
    membership_ids = []
    lists = []
    for membership, list_name in memberships:
        membership_ids.append(membership.id)
        lists.append({"list": list_name, "status": membership.status,
                      "reason": membership.status_reason, "topics": membership.topics,
                      "frequency": membership.frequency, "since": membership.updated_at,
                      "joined": membership.created_at})
    audit = session.scalars(select(AuditEntry).where(or_(
        (AuditEntry.subject_type == "membership") & AuditEntry.subject_id.in_(membership_ids),
        (AuditEntry.subject_type == "subscriber") & (AuditEntry.subject_id == subscriber.id),
    )).order_by(AuditEntry.at, AuditEntry.id))
    deliveries = session.execute(
        select(Delivery.edition_id, Delivery.status, Delivery.sent_at)
        .where(Delivery.subscriber_id == subscriber.id).order_by(Delivery.id)).all()
    return {
        "id": subscriber.id, "email": subscriber.email, "name": subscriber.name,
        "attributes": subscriber.attributes, "timezone": subscriber.timezone,
        "billing_status": subscriber.billing_status, "paid_through": subscriber.paid_through,
        "created_at": subscriber.created_at, "confirmed_at": subscriber.confirmed_at,
        "suppressed": suppression.reason if suppression else None,
        "memberships": lists,
        "history": [{"at": a.at, "actor": a.actor, "action": a.action, "detail": a.detail}
                    for a in audit],
        "deliveries": [{"edition": e, "status": s, "sent_at": t} for e, s, t in deliveries],
    }


def forget(session: Session, raw_email: str, *, actor: str = "cli",
           now: datetime | None = None) -> bool:
    """Erase the person; keep a hashed suppression.  False when nothing was stored."""
    now = now or utcnow()
    email = _clean(raw_email)
    hashed = email_hash(email)
    subscriber = find_subscriber(session, email)
    if session.scalar(select(Suppression.id).where(Suppression.email_hash == hashed)) is None:
        session.add(Suppression(email_hash=hashed, reason="erased on request", created_at=now))
    session.execute(update(WebhookEvent).where(WebhookEvent.email.in_({email, email.lower()}))
                    .values(email="", payload={}).execution_options(synchronize_session=False))
    if subscriber is None:
        return False
    subscriber_id = subscriber.id
    # Deliveries and memberships go with the subscriber (ON DELETE CASCADE), explicitly
    # here too so SQLite without foreign keys enforced cannot leave them behind.
    session.execute(delete(Delivery).where(Delivery.subscriber_id == subscriber_id))
    session.execute(delete(Membership).where(Membership.subscriber_id == subscriber_id))
    session.delete(subscriber)
    session.add(AuditEntry(at=now, actor=actor, action="erased", subject_type="subscriber",
                           subject_id=subscriber_id, detail={}))
    return True
