"""The SendGrid event webhook: signed posts in, membership and stats changed once."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import func, select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.config import Settings
from digest.delivery.events import edition_stats, handle_sendgrid_webhook
from digest.delivery.send import send_edition_in_process
from digest.delivery.transports.outbox import OutboxTransport
from digest.delivery.webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER
from digest.models import (
    Delivery,
    Edition,
    Membership,
    MembershipStatus,
    Suppression,
    WebhookEvent,
)
from digest.runtime import Runtime

DATA = Path(__file__).parent.parent / "data" / "sendgrid"
VECTOR = json.loads((DATA / "eventwebhook_test_vector.json").read_text())
PAYLOAD = (DATA / "eventwebhook_test_payload.bin").read_bytes()
PRIVATE = ec.generate_private_key(ec.SECP256R1())
OUR_KEY = base64.b64encode(PRIVATE.public_key().public_bytes(
    serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)).decode()


def _signed(events: list[dict[str, Any]], at: int | None = None) -> tuple[bytes, dict[str, str]]:
    timestamp = str(at or int(time.time()))
    body = json.dumps(events).encode() + b"\r\n"
    signature = PRIVATE.sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    return body, {SIGNATURE_HEADER: base64.b64encode(signature).decode(),
                  TIMESTAMP_HEADER: timestamp}


def _settings(rt: Runtime, key: str = OUR_KEY) -> Settings:
    return rt.settings.model_copy(update={"sendgrid_webhook_public_key": key})


def _post(rt: Runtime, events: list[dict[str, Any]]) -> tuple[int, dict[str, Any]]:
    body, headers = _signed(events)
    with rt.sessions() as session:
        status, answer = handle_sendgrid_webhook(session, body, headers, _settings(rt))
    return status, json.loads(answer)


def _sent_edition(rt: Runtime, readers: int = 2) -> list[Delivery]:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        for n in range(readers):
            subscribe(session, ml.id, f"reader{n}@example.org")
        edition = Edition(list_id=ml.id, slot="2026-11-25", subject="s", html="<p>-name-</p>",
                          text="-name-")
        session.add(edition)
        session.flush()
        edition_id = edition.id
    send_edition_in_process(rt.sessions, edition_id, OutboxTransport(rt.settings.data_dir / "o"),
                            rt.settings)
    with rt.sessions() as session:
        return list(session.scalars(select(Delivery).order_by(Delivery.id)))


def _event(delivery: Delivery, kind: str, event_id: str, **extra: Any) -> dict[str, Any]:
    return {"email": delivery.email, "event": kind, "sg_event_id": event_id,
            "timestamp": 1764000000, "edition_id": str(delivery.edition_id),
            "subscriber_id": str(delivery.subscriber_id), "delivery_id": str(delivery.id),
            **extra}


def _status(rt: Runtime, subscriber_id: int) -> str:
    with rt.sessions() as session:
        return str(session.scalar(
            select(Membership.status).where(Membership.subscriber_id == subscriber_id)))


def test_the_published_signed_event_is_accepted_stored_and_ignored(rt: Runtime) -> None:
    headers = {SIGNATURE_HEADER: VECTOR["signature_b64_der"],
               TIMESTAMP_HEADER: VECTOR["timestamp"]}
    settings = _settings(rt, VECTOR["public_key_b64_spki_der"])
    with rt.sessions() as session:
        status, body = handle_sendgrid_webhook(session, PAYLOAD, headers, settings,
                                               now=int(VECTOR["timestamp"]) + 5)
    assert status == 200
    assert json.loads(body) == {"stored": 1, "duplicates": 0, "applied": 0, "ignored": 1}
    with rt.sessions() as session:
        stored = session.scalars(select(WebhookEvent)).one()
    assert stored.event == "dropped" and stored.email == "hello@world.com"
    assert stored.delivery_id is None


def test_the_tampered_published_event_is_refused_and_nothing_is_stored(rt: Runtime) -> None:
    headers = {SIGNATURE_HEADER: VECTOR["signature_b64_der"],
               TIMESTAMP_HEADER: VECTOR["timestamp"]}
    settings = _settings(rt, VECTOR["public_key_b64_spki_der"])
    tampered = PAYLOAD.replace(b"dropped", b"delivered")
    with rt.sessions() as session:
        status, _ = handle_sendgrid_webhook(session, tampered, headers, settings,
                                            now=int(VECTOR["timestamp"]) + 5)
        assert status == 401
        assert session.scalar(select(func.count()).select_from(WebhookEvent)) == 0


def test_a_genuine_but_stale_post_is_refused(rt: Runtime) -> None:
    headers = {SIGNATURE_HEADER: VECTOR["signature_b64_der"],
               TIMESTAMP_HEADER: VECTOR["timestamp"]}
    with rt.sessions() as session:
        status, body = handle_sendgrid_webhook(
            session, PAYLOAD, headers, _settings(rt, VECTOR["public_key_b64_spki_der"]))
    assert status == 401 and b"stale" in body


def test_without_a_configured_key_every_post_is_refused(rt: Runtime) -> None:
    body, headers = _signed([])
    with rt.sessions() as session:
        status, _ = handle_sendgrid_webhook(session, body, headers, _settings(rt, ""))
    assert status == 403


def test_a_bounce_stops_the_membership_and_suppresses_the_address(rt: Runtime) -> None:
    first, second = _sent_edition(rt)
    status, answer = _post(rt, [_event(first, "bounce", "ev-1", type="bounce",
                                       reason="550 no such user")])
    assert status == 200 and answer["applied"] == 1
    assert _status(rt, first.subscriber_id) == MembershipStatus.BOUNCED
    assert _status(rt, second.subscriber_id) == MembershipStatus.ACTIVE
    with rt.sessions() as session:
        assert session.scalar(select(Suppression.reason)) == "bounce"


def test_a_blocked_bounce_is_counted_but_stops_nobody(rt: Runtime) -> None:
    (first, _) = _sent_edition(rt)
    _post(rt, [_event(first, "bounce", "ev-1", type="blocked")])
    assert _status(rt, first.subscriber_id) == MembershipStatus.ACTIVE


def test_spam_reports_and_unsubscribes_stop_the_membership(rt: Runtime) -> None:
    first, second, third = _sent_edition(rt, readers=3)
    _post(rt, [_event(first, "spamreport", "ev-1"), _event(second, "unsubscribe", "ev-2"),
               _event(third, "group_unsubscribe", "ev-3", asm_group_id=1)])
    assert _status(rt, first.subscriber_id) == MembershipStatus.COMPLAINED
    assert _status(rt, second.subscriber_id) == MembershipStatus.UNSUBSCRIBED
    assert _status(rt, third.subscriber_id) == MembershipStatus.UNSUBSCRIBED
    with rt.sessions() as session:
        # A group unsubscribe leaves the list only; the others are suppressed everywhere.
        assert sorted(session.scalars(select(Suppression.reason))) == ["complaint", "unsubscribe"]


def test_a_replayed_post_changes_nothing_the_second_time(rt: Runtime) -> None:
    first, _ = _sent_edition(rt)
    events = [_event(first, "delivered", "ev-1"), _event(first, "open", "ev-2")]
    assert _post(rt, events)[1]["stored"] == 2
    again = _post(rt, events)[1]
    assert again == {"stored": 0, "duplicates": 2, "applied": 0, "ignored": 0}
    with rt.sessions() as session:
        delivery = session.get(Delivery, first.id)
        assert delivery is not None and delivery.events == {"delivered": 1, "open": 1}
        assert edition_stats(session, first.edition_id) == {"delivered": 1, "open": 1}


def test_a_delivered_after_a_bounce_does_not_bring_the_reader_back(rt: Runtime) -> None:
    first, _ = _sent_edition(rt)
    _post(rt, [_event(first, "bounce", "ev-2", type="bounce")])
    _post(rt, [_event(first, "delivered", "ev-1"), _event(first, "open", "ev-3")])
    assert _status(rt, first.subscriber_id) == MembershipStatus.BOUNCED


def test_an_unsubscribe_after_a_spam_report_keeps_the_complaint(rt: Runtime) -> None:
    first, _ = _sent_edition(rt)
    _post(rt, [_event(first, "spamreport", "ev-1")])
    _post(rt, [_event(first, "unsubscribe", "ev-2")])
    assert _status(rt, first.subscriber_id) == MembershipStatus.COMPLAINED


def test_events_naming_unknown_or_mismatched_ids_are_stored_and_ignored(rt: Runtime) -> None:
    first, second = _sent_edition(rt)
    forged = _event(first, "bounce", "ev-1", type="bounce")
    forged["subscriber_id"] = str(second.subscriber_id)  # ids that do not agree
    unknown = {**_event(first, "bounce", "ev-2"), "delivery_id": "999999"}
    garbage = {"event": "bounce", "sg_event_id": "ev-3", "delivery_id": "not a number"}
    status, answer = _post(rt, [forged, unknown, garbage, {"event": "open"}])
    assert status == 200
    assert answer == {"stored": 3, "duplicates": 0, "applied": 0, "ignored": 4}
    assert _status(rt, first.subscriber_id) == MembershipStatus.ACTIVE


def test_a_body_that_is_not_a_list_of_events_is_a_bad_request(rt: Runtime) -> None:
    timestamp = str(int(time.time()))
    body = b'{"event": "open"}'
    signature = PRIVATE.sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    headers = {SIGNATURE_HEADER: base64.b64encode(signature).decode(), TIMESTAMP_HEADER: timestamp}
    with rt.sessions() as session:
        status, _ = handle_sendgrid_webhook(session, body, headers, _settings(rt))
    assert status == 400
