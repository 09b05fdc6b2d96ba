"""Billing state of subscribers and the signed billing webhook that keeps it current.

A member of a paid list whose billing is not `current` is `lapsed`: stored on
the membership (flipped here, audited with actor "billing") and also enforced
by the send path's SQL, which requires current billing on paid lists.

Billing is per membership of a paid list: an event naming a list (`"list": slug or
name`) sets billing on that membership only, so a payment for one paid list never
unlocks another.  An event naming no list (the format before lists were named) sets
the subscriber's billing, which every paid membership without billing of its own follows.

Webhook format (see docs/audience.md): a POST with a JSON body
`{"id", "email", "billing_status", "paid_through", "list"}` ("list" optional) and two
headers, `X-Digest-Timestamp` (Unix seconds) and `X-Digest-Signature` (hex
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
    list_name: str = ""  # the paid list it is for (slug or name); "" = the subscriber's


@dataclass
class BillingOutcome:
    outcome: str  # "applied", "duplicate", "unknown subscriber", "unknown list", "not a member"
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
            list_name=str(data.get("list") or "").strip(),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise BadWebhook(f"malformed body: {exc}") from None


def _state(status: str | None, paid_through: datetime | None) -> dict[str, str | None]:
    return {"billing_status": None if status is None else str(status),
            "paid_through": paid_through.isoformat() if paid_through else None}


def set_billing(
    session: Session, subscriber: Subscriber, status: BillingStatus,
    paid_through: datetime | None, *, actor: str, now: datetime | None = None,
    membership: Membership | None = None,
) -> list[Change]:
    """Store billing state, audit it, and flip memberships of paid lists active <-> lapsed.

    With `membership`: billing on that list only.  Without: the subscriber's billing,
    which decides every paid membership that has none of its own.
    """
    now = now or utcnow()
    if membership is not None:
        before = _state(membership.billing_status, membership.paid_through)
        membership.billing_status, membership.paid_through = status, paid_through
        following = [membership.list_id]
    else:
        before = _state(subscriber.billing_status, subscriber.paid_through)
        subscriber.billing_status, subscriber.paid_through = status, paid_through
        following = list(session.scalars(select(Membership.list_id).where(
            Membership.subscriber_id == subscriber.id, Membership.billing_status.is_(None))))
    session.add(AuditEntry(
        at=now, actor=actor, action="billing", subject_type="subscriber",
        subject_id=subscriber.id,
        detail={"from": before, "to": _state(status, paid_through),
                **({"list_id": membership.list_id} if membership is not None else {})}))
    event = Event.BILLING_CURRENT if status == BillingStatus.CURRENT else Event.BILLING_LAPSED
    changes = []
    paid_lists: list[MailingList] = list(session.scalars(
        select(MailingList).where(MailingList.id.in_(following), MailingList.is_paid.is_(True))
        .order_by(MailingList.id))) if following else []
    for mailing_list in paid_lists:
        changes.append(apply_event(session, mailing_list, subscriber, event, actor=actor,
                                   reason=f"billing {status}", now=now))
    return [c for c in changes if c.changed]


def find_membership(session: Session, subscriber: Subscriber, list_name: str
                    ) -> tuple[MailingList | None, Membership | None]:
    """The list a billing event names (by slug or name) and the subscriber's membership."""
    mailing_list = session.scalar(select(MailingList).where(
        (MailingList.slug == list_name) | (MailingList.name == list_name)))
    if mailing_list is None:
        return None, None
    return mailing_list, session.scalar(select(Membership).where(
        Membership.list_id == mailing_list.id, Membership.subscriber_id == subscriber.id))


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
        outcome = _apply_to(session, subscriber, event, now)
    session.add(WebhookEvent(
        provider="billing", event_id=event_key, event=str(event.billing_status),
        email=event.email if subscriber is not None else "",
        payload={"paid_through": event.paid_through.isoformat() if event.paid_through else None,
                 **({"list": event.list_name} if event.list_name else {})},
        outcome=outcome.outcome, received_at=now))
    return outcome


def _apply_to(session: Session, subscriber: Subscriber, event: BillingEvent,
              now: datetime) -> BillingOutcome:
    membership = None
    if event.list_name:
        mailing_list, membership = find_membership(session, subscriber, event.list_name)
        if mailing_list is None:
            return BillingOutcome("unknown list")
        if membership is None:
            return BillingOutcome("not a member")
    return BillingOutcome("applied", set_billing(
        session, subscriber, event.billing_status, event.paid_through, actor="billing",
        now=now, membership=membership))
