"""Billing state of subscribers and the signed billing webhook that keeps it current.

A member of a paid list whose billing is not `current` is `lapsed`: stored on
the membership (flipped here, audited with actor "billing") and also enforced
by the send path's SQL, which requires current billing on paid lists.

Webhook format (see docs/audience.md): a POST with a JSON body
`{"id", "email", "billing_status", "paid_through"}` and two headers,
`X-Digest-Timestamp` (Unix seconds) and `X-Digest-Signature` (hex
HMAC-SHA256 of `<timestamp>.<raw body>` keyed with DIGEST_BILLING_WEBHOOK_SECRET).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.audience.subscribers import Change, apply_event, find_subscriber, normalise_email
from digest.audience.transitions import Event
from digest.models import (
    AuditEntry,
    BillingStatus,
    MailingList,
    Membership,
    Subscriber,
    WebhookEvent,
    utcnow,
)

TIMESTAMP_HEADER = "X-Digest-Timestamp"
SIGNATURE_HEADER = "X-Digest-Signature"
TOLERANCE_SECONDS = 300
# What the web archive shows a visitor on a paid list.
LAPSED_NOTICE = "Already a subscriber? Make sure your card on file is up to date."


class BadWebhook(ValueError):
    """Unsigned, wrongly signed, stale or malformed webhook call (answer 400/401)."""


@dataclass(frozen=True)
class BillingEvent:
    event_id: str
    email: str
    billing_status: BillingStatus
    paid_through: datetime | None


@dataclass
class BillingOutcome:
    outcome: str  # "applied", "duplicate" or "unknown subscriber"
    changes: list[Change] = field(default_factory=list)


def sign_billing_payload(secret: str, timestamp: int, body: bytes) -> str:
    """The hex signature a sender puts in X-Digest-Signature."""
    message = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def parse_datetime(value: object) -> datetime | None:
    """ISO 8601 to aware UTC (date-only and `Z` accepted); None for empty."""
    if value in (None, ""):
        return None
    parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def verify_billing_webhook(
    secret: str, headers: Mapping[str, str], body: bytes, *, now: float | None = None,
    tolerance: int = TOLERANCE_SECONDS,
) -> BillingEvent:
    """Check the signature and freshness of a call, then parse its body.  Pure.

    Raises BadWebhook; nothing is trusted from the body before the signature matches.
    """
    if not secret:
        raise BadWebhook("billing webhook secret is not configured")
    lowered = {k.lower(): v for k, v in headers.items()}
    timestamp_text = lowered.get(TIMESTAMP_HEADER.lower(), "")
    signature = lowered.get(SIGNATURE_HEADER.lower(), "")
    if not timestamp_text.isdigit() or not signature:
        raise BadWebhook(f"missing {TIMESTAMP_HEADER} or {SIGNATURE_HEADER}")
    timestamp = int(timestamp_text)
    if not hmac.compare_digest(sign_billing_payload(secret, timestamp, body), signature.lower()):
        raise BadWebhook("signature does not match")
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        raise BadWebhook("timestamp too old or in the future")
    try:
        data = json.loads(body)
        return BillingEvent(
            event_id=str(data["id"]), email=str(data["email"]),
            billing_status=BillingStatus(data["billing_status"]),
            paid_through=parse_datetime(data.get("paid_through")),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise BadWebhook(f"malformed body: {exc}") from None


def set_billing(
    session: Session, subscriber: Subscriber, status: BillingStatus,
    paid_through: datetime | None, *, actor: str, now: datetime | None = None,
) -> list[Change]:
    """Store billing state, audit it, and flip memberships of paid lists active <-> lapsed."""
    now = now or utcnow()
    before = {"billing_status": subscriber.billing_status,
              "paid_through": subscriber.paid_through.isoformat()
              if subscriber.paid_through else None}
    subscriber.billing_status = status
    subscriber.paid_through = paid_through
    session.add(AuditEntry(
        at=now, actor=actor, action="billing", subject_type="subscriber",
        subject_id=subscriber.id,
        detail={"from": before, "to": {"billing_status": str(status),
                                       "paid_through": paid_through.isoformat()
                                       if paid_through else None}}))
    event = Event.BILLING_CURRENT if status == BillingStatus.CURRENT else Event.BILLING_LAPSED
    changes = []
    paid_lists = session.scalars(
        select(MailingList).join(Membership, Membership.list_id == MailingList.id)
        .where(Membership.subscriber_id == subscriber.id, MailingList.is_paid.is_(True))
        .order_by(MailingList.id))
    for mailing_list in paid_lists:
        changes.append(apply_event(session, mailing_list, subscriber, event, actor=actor,
                                   reason=f"billing {status}", now=now))
    return [c for c in changes if c.changed]


def apply_billing_event(
    session: Session, event: BillingEvent, *, now: datetime | None = None
) -> BillingOutcome:
    """Apply a verified event once (replays of the same event id change nothing)."""
    now = now or utcnow()
    event_key = f"billing:{event.event_id}"
    if session.scalar(select(WebhookEvent.id).where(WebhookEvent.event_id == event_key)):
        return BillingOutcome("duplicate")
    subscriber = None
    with contextlib.suppress(ValueError):
        subscriber = find_subscriber(session, normalise_email(event.email))
    outcome = BillingOutcome("unknown subscriber")
    if subscriber is not None:
        changes = set_billing(session, subscriber, event.billing_status, event.paid_through,
                              actor="billing", now=now)
        outcome = BillingOutcome("applied", changes)
    session.add(WebhookEvent(
        provider="billing", event_id=event_key, event=str(event.billing_status),
        email=event.email if subscriber is not None else "",
        payload={"paid_through": event.paid_through.isoformat() if event.paid_through else None},
        outcome=outcome.outcome, received_at=now))
    return outcome
