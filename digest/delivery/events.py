"""SendGrid's Event Webhook: verify, deduplicate, map back to deliveries, apply.

The web app mounts `handle_sendgrid_webhook` at POST /webhooks/sendgrid and
returns its (status, body) as they are.  Each event is stored once, by
`sg_event_id`; a replayed post changes nothing.  Events name the delivery
through the custom_args the transport attached (edition_id, subscriber_id,
delivery_id); an event naming something we did not send is stored and ignored.

What changes membership (through the audience state machine, so an event that
arrives late can never bring anyone back):
- bounce (not `blocked`, which is temporary) and dropped for a bounced address:
  membership bounced + suppression;
- spamreport (and dropped for a spam-reporting address): complained + suppression;
- unsubscribe (SendGrid's global unsubscribe): unsubscribed + suppression;
- group_unsubscribe: unsubscribed from that list only.
Every event also counts on its delivery (`Delivery.events`), which is where
per-edition stats (delivered, open, click...) come from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from digest.audience.subscribers import apply_event
from digest.audience.transitions import Event, TransitionRefused
from digest.config import Settings
from digest.delivery.webhook_signature import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    InvalidPublicKey,
    SignatureRejected,
    check_signature,
)
from digest.models import (
    Delivery,
    Edition,
    MailingList,
    Subscriber,
    Suppression,
    WebhookEvent,
)

PROVIDER = "sendgrid"


@dataclass
class EventReport:
    """What one webhook post did; `http_status` and `body` are the HTTP answer."""

    http_status: int = 200
    error: str = ""
    stored: int = 0
    duplicates: int = 0
    applied: int = 0
    ignored: int = 0
    outcomes: list[str] = field(default_factory=list)

    @property
    def body(self) -> bytes:
        if self.error:
            return json.dumps({"error": self.error}).encode()
        return json.dumps({"stored": self.stored, "duplicates": self.duplicates,
                           "applied": self.applied, "ignored": self.ignored}).encode()


def _header(headers: Mapping[str, str], name: str) -> str:
    wanted = name.lower()
    return next((v for k, v in headers.items() if k.lower() == wanted), "")


def process_sendgrid_events(
    session: Session, payload: bytes, headers: Mapping[str, str], settings: Settings,
    now: float | None = None,
) -> EventReport:
    """Verify and apply one Event Webhook post (the caller commits the session).

    401 for a missing, bad or stale signature; 403 when no verification key is
    configured; 500 for a key that cannot be loaded; 400 for a body that is not a
    JSON list; otherwise 200, with duplicates and unknown ids counted, not failed.
    """
    key = settings.sendgrid_webhook_public_key
    if not key:
        return EventReport(403, "DIGEST_SENDGRID_WEBHOOK_PUBLIC_KEY is not set")
    try:
        check_signature(key, payload, _header(headers, SIGNATURE_HEADER),
                        _header(headers, TIMESTAMP_HEADER), now=now,
                        max_age_seconds=settings.sendgrid_webhook_max_age)
    except SignatureRejected as rejected:
        return EventReport(401, f"signature rejected ({rejected.reason})")
    except InvalidPublicKey as broken:
        return EventReport(500, str(broken))
    try:
        events = json.loads(payload)
    except ValueError:
        return EventReport(400, "body is not JSON")
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        return EventReport(400, "body is not a list of events")
    report = EventReport()
    for event in events:
        _one_event(session, event, report)
    return report


def handle_sendgrid_webhook(
    session: Session, payload: bytes, headers: Mapping[str, str], settings: Settings,
    now: float | None = None,
) -> tuple[int, bytes]:
    """The web handler's whole job: (HTTP status, JSON body); commits on success."""
    report = process_sendgrid_events(session, payload, headers, settings, now)
    if report.http_status == 200:
        session.commit()
    else:
        session.rollback()
    return report.http_status, report.body


def _one_event(session: Session, event: dict[str, Any], report: EventReport) -> None:
    event_id = str(event.get("sg_event_id") or "")
    if not event_id:
        report.ignored += 1
        report.outcomes.append("no sg_event_id")
        return
    if session.scalar(select(WebhookEvent.id).where(WebhookEvent.event_id == event_id)):
        report.duplicates += 1
        report.outcomes.append("duplicate")
        return
    delivery = _delivery_for(session, event)
    row = WebhookEvent(
        provider=PROVIDER, event_id=event_id, event=str(event.get("event", ""))[:50],
        email=str(event.get("email", ""))[:320], payload=event,
        edition_id=delivery.edition_id if delivery else None,
        delivery_id=delivery.id if delivery else None,
    )
    try:
        # A savepoint per event: a concurrent post storing the same id loses only this event.
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        report.duplicates += 1
        report.outcomes.append("duplicate")
        return
    report.stored += 1
    if delivery is None:
        row.outcome = "ignored: names no delivery of ours"
        report.ignored += 1
    else:
        row.outcome = _apply(session, delivery, event)
        report.applied += 1
    report.outcomes.append(row.outcome)


def _delivery_for(session: Session, event: Mapping[str, Any]) -> Delivery | None:
    """The delivery the custom_args name, if all three ids agree with our ledger."""
    try:
        delivery_id = int(event["delivery_id"])
        edition_id = int(event["edition_id"])
        subscriber_id = int(event["subscriber_id"])
    except (KeyError, TypeError, ValueError):
        return None
    delivery = session.get(Delivery, delivery_id)
    if delivery is None or delivery.edition_id != edition_id \
            or delivery.subscriber_id != subscriber_id:
        return None
    return delivery


def _membership_event(event: Mapping[str, Any]) -> tuple[Event, str] | None:
    """The audience event (and suppression reason, "" for none) a provider event means."""
    kind = str(event.get("event", ""))
    reason = str(event.get("reason", "")).lower()
    if kind == "bounce" and str(event.get("type", "bounce")) != "blocked":
        return Event.BOUNCE, "bounce"
    if kind == "dropped" and "bounce" in reason:
        return Event.BOUNCE, "bounce"
    if kind == "spamreport" or (kind == "dropped" and "spam" in reason):
        return Event.COMPLAINT, "complaint"
    if kind == "unsubscribe" or (kind == "dropped" and "unsubscribe" in reason):
        return Event.UNSUBSCRIBE, "unsubscribe"
    if kind == "group_unsubscribe":
        return Event.UNSUBSCRIBE, ""
    return None


def _apply(session: Session, delivery: Delivery, event: Mapping[str, Any]) -> str:
    kind = str(event.get("event", ""))
    counts = dict(delivery.events or {})
    counts[kind] = counts.get(kind, 0) + 1
    delivery.events = counts  # a new dict, so the JSON column is seen as changed
    change = _membership_event(event)
    if change is None:
        return f"counted {kind}"
    audience_event, suppression = change
    subscriber = session.get(Subscriber, delivery.subscriber_id)
    edition = session.get(Edition, delivery.edition_id)
    mailing_list = session.get(MailingList, edition.list_id) if edition else None
    if subscriber is None or mailing_list is None:
        return f"counted {kind}; subscriber or list gone"
    outcome = f"counted {kind}"
    try:
        moved = apply_event(session, mailing_list, subscriber, audience_event,
                            actor=f"{PROVIDER}:{kind}", reason=str(event.get("reason", ""))[:200])
        outcome += f"; membership {moved.before} -> {moved.after}"
    except TransitionRefused as refused:
        outcome += f"; membership unchanged ({refused})"
    if suppression and _suppress(session, subscriber.email_hash, suppression):
        outcome += f"; suppressed ({suppression})"
    return outcome


def _suppress(session: Session, email_hash: str, reason: str) -> bool:
    """Add a suppression unless there is one; False when it already existed."""
    if session.scalar(select(Suppression.id).where(Suppression.email_hash == email_hash)):
        return False
    try:
        with session.begin_nested():
            session.add(Suppression(email_hash=email_hash, reason=reason))
            session.flush()
    except IntegrityError:  # another post suppressed the same address meanwhile
        return False
    return True


def edition_stats(session: Session, edition_id: int) -> dict[str, int]:
    """Recipients per event type for an edition (an open counted once per reader)."""
    rows = session.execute(
        select(WebhookEvent.event, func.count(func.distinct(WebhookEvent.delivery_id)))
        .where(WebhookEvent.edition_id == edition_id)
        .group_by(WebhookEvent.event)
    ).all()
    return {str(kind): int(n) for kind, n in rows}
