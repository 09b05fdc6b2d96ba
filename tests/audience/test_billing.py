import json
from collections.abc import Mapping
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.audience.active import count_active, is_active
from digest.audience.billing import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    BadWebhook,
    apply_billing_event,
    sign_billing_payload,
    verify_billing_webhook,
)
from digest.audience.subscribers import subscribe
from digest.models import AuditEntry, BillingStatus, MailingList, MembershipStatus, Subscriber

HOOK_SECRET = "whsec-test"
NOW = 1_740_000_000


def _call(payload: Mapping[str, object], *, at: int = NOW, secret: str = HOOK_SECRET
          ) -> tuple[dict[str, str], bytes]:
    body = json.dumps(payload).encode()
    return ({TIMESTAMP_HEADER: str(at), SIGNATURE_HEADER: sign_billing_payload(secret, at, body)},
            body)


PAST_DUE = {"id": "evt_1", "email": "Payer@Example.org", "billing_status": "past_due",
            "paid_through": "2025-02-01T00:00:00Z"}


def test_a_signed_fresh_call_is_accepted() -> None:
    headers, body = _call(PAST_DUE)
    event = verify_billing_webhook(HOOK_SECRET, headers, body, now=NOW + 10)
    assert event.billing_status == BillingStatus.PAST_DUE
    assert event.paid_through == datetime(2025, 2, 1, tzinfo=UTC)


def test_header_names_are_case_insensitive() -> None:
    headers, body = _call(PAST_DUE)
    lowered = {k.lower(): v for k, v in headers.items()}
    assert verify_billing_webhook(HOOK_SECRET, lowered, body, now=NOW).event_id == "evt_1"


def test_an_altered_body_is_refused() -> None:
    headers, body = _call(PAST_DUE)
    with pytest.raises(BadWebhook, match="signature"):
        verify_billing_webhook(HOOK_SECRET, headers, body.replace(b"past_due", b"current"),
                               now=NOW)


def test_a_call_signed_with_another_secret_is_refused() -> None:
    headers, body = _call(PAST_DUE, secret="someone-else")
    with pytest.raises(BadWebhook):
        verify_billing_webhook(HOOK_SECRET, headers, body, now=NOW)


def test_a_stale_or_replayed_call_is_refused() -> None:
    headers, body = _call(PAST_DUE)
    with pytest.raises(BadWebhook, match="too old"):
        verify_billing_webhook(HOOK_SECRET, headers, body, now=NOW + 301)


def test_without_a_configured_secret_everything_is_refused() -> None:
    headers, body = _call(PAST_DUE, secret="")
    with pytest.raises(BadWebhook, match="not configured"):
        verify_billing_webhook("", headers, body, now=NOW)


def test_a_malformed_body_is_refused_after_the_signature_matches() -> None:
    headers, body = _call({"id": "evt_2", "email": "x@example.org", "billing_status": "free"})
    with pytest.raises(BadWebhook, match="malformed"):
        verify_billing_webhook(HOOK_SECRET, headers, body, now=NOW)


def test_billing_lapses_and_restores_paid_memberships_only(
    session: Session, paid_list: MailingList, free_list: MailingList,
) -> None:
    subscribe(session, paid_list.id, "payer@example.org")
    membership_free = subscribe(session, free_list.id, "payer@example.org")
    subscriber_id = membership_free.subscriber_id
    headers, body = _call(PAST_DUE)
    outcome = apply_billing_event(session, verify_billing_webhook(HOOK_SECRET, headers, body,
                                                                  now=NOW))
    assert outcome.outcome == "applied"
    assert [(c.before, c.after) for c in outcome.changes] == [
        (MembershipStatus.ACTIVE, MembershipStatus.LAPSED)]
    assert not is_active(session, paid_list, subscriber_id)
    assert is_active(session, free_list, subscriber_id)
    assert count_active(session, paid_list) == 0

    headers, body = _call({**PAST_DUE, "id": "evt_3", "billing_status": "current"})
    apply_billing_event(session, verify_billing_webhook(HOOK_SECRET, headers, body, now=NOW))
    assert is_active(session, paid_list, subscriber_id)
    actors = session.scalars(select(AuditEntry.actor).where(AuditEntry.action == "status")
                             .order_by(AuditEntry.id)).all()
    assert actors[-2:] == ["billing", "billing"]


def test_the_same_event_twice_is_applied_once(session: Session, paid_list: MailingList) -> None:
    subscribe(session, paid_list.id, "payer@example.org")
    event = verify_billing_webhook(HOOK_SECRET, *_call(PAST_DUE), now=NOW)
    assert apply_billing_event(session, event).outcome == "applied"
    assert apply_billing_event(session, event).outcome == "duplicate"


def test_an_unknown_address_is_recorded_not_created(session: Session) -> None:
    event = verify_billing_webhook(HOOK_SECRET, *_call({**PAST_DUE, "email": "who@example.org"}),
                                   now=NOW)
    assert apply_billing_event(session, event).outcome == "unknown subscriber"
    assert session.scalar(select(Subscriber)) is None
