"""The right to know and the right to be forgotten.

`forget` deletes a person and everything tied to them (memberships, delivery
ledger rows), scrubs their traces elsewhere (audit log, provider and billing events,
outbox copies; see erasure.py) but keeps a suppression holding only the address hash,
so the address is never mailed again, not even if it is imported or signs up later.
`describe` is what they may ask to see: everything above, provider events included.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from digest.audience.erasure import (
    blank_events,
    events_of,
    remove_outbox_copies,
    scrub_audit,
)
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
                      "billing_status": membership.billing_status,
                      "paid_through": membership.paid_through,
                      "reason": membership.status_reason, "topics": membership.topics,
                      "frequency": membership.frequency, "since": membership.updated_at,
                      "joined": membership.created_at})
    audit = session.scalars(select(AuditEntry).where(or_(
        (AuditEntry.subject_type == "membership") & AuditEntry.subject_id.in_(membership_ids),
        (AuditEntry.subject_type == "subscriber") & (AuditEntry.subject_id == subscriber.id),
    )).order_by(AuditEntry.at, AuditEntry.id))
    deliveries = session.execute(
        select(Delivery.id, Delivery.edition_id, Delivery.status, Delivery.sent_at)
        .where(Delivery.subscriber_id == subscriber.id).order_by(Delivery.id)).all()
    events = session.scalars(select(WebhookEvent).where(
        events_of(subscriber.email_key, [d.id for d in deliveries]))
        .order_by(WebhookEvent.received_at, WebhookEvent.id))
    return {
        "id": subscriber.id, "email": subscriber.email, "name": subscriber.name,
        "attributes": subscriber.attributes, "timezone": subscriber.timezone,
        "billing_status": subscriber.billing_status, "paid_through": subscriber.paid_through,
        "created_at": subscriber.created_at, "confirmed_at": subscriber.confirmed_at,
        "suppressed": suppression.reason if suppression else None,
        "memberships": lists,
        "history": [{"at": a.at, "actor": a.actor, "action": a.action, "detail": a.detail}
                    for a in audit],
        "deliveries": [{"edition": e, "status": s, "sent_at": t} for _, e, s, t in deliveries],
        # Opens, clicks (with IP address and user agent), bounces, billing calls.
        "events": [{"at": e.received_at, "provider": e.provider, "event": e.event,
                    "edition": e.edition_id, "outcome": e.outcome, "payload": e.payload}
                   for e in events],
    }


def forget(session: Session, raw_email: str, *, actor: str = "cli",
           now: datetime | None = None, outbox: Path | None = None) -> bool:
    """Erase the person; keep a hashed suppression.  False when nothing was stored.

    `outbox`: the outbox folder, whose copies to them are deleted too (files go at once,
    whatever becomes of the caller's transaction).
    """
    now = now or utcnow()
    email = _clean(raw_email)
    key = email.lower()
    hashed = email_hash(email)
    subscriber = find_subscriber(session, email)
    if session.scalar(select(Suppression.id).where(Suppression.email_hash == hashed)) is None:
        session.add(Suppression(email_hash=hashed, reason="erased on request", created_at=now))
    subscriber_id = None if subscriber is None else subscriber.id
    delivery_ids = [] if subscriber_id is None else list(session.scalars(
        select(Delivery.id).where(Delivery.subscriber_id == subscriber_id)))
    membership_ids = [] if subscriber_id is None else list(session.scalars(
        select(Membership.id).where(Membership.subscriber_id == subscriber_id)))
    blank_events(session, key, delivery_ids)
    scrub_audit(session, key, subscriber_id=subscriber_id, membership_ids=membership_ids)
    remove_outbox_copies(outbox, key)
    if subscriber is None or subscriber_id is None:
        return False
    # Deliveries and memberships go with the subscriber (ON DELETE CASCADE), explicitly
    # here too so SQLite without foreign keys enforced cannot leave them behind.
    session.execute(delete(Delivery).where(Delivery.subscriber_id == subscriber_id))
    session.execute(delete(Membership).where(Membership.subscriber_id == subscriber_id))
    session.delete(subscriber)
    session.add(AuditEntry(at=now, actor=actor, action="erased", subject_type="subscriber",
                           subject_id=subscriber_id, detail={}))
    return True
