"""Webhooks (signed, cookie-free) and the health check."""

from __future__ import annotations

import base64
import json
import time

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from fastapi.testclient import TestClient
from sqlalchemy import select

from digest.audience.billing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign_billing_payload
from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.db import make_engine, session_factory
from digest.delivery import webhook_signature
from digest.models import Membership, MembershipStatus, WebhookEvent
from digest.runtime import Runtime
from digest.web.app import create_app

BILLING_SECRET = "billing-secret"


def billing_client(rt: Runtime) -> TestClient:
    settings = rt.settings.model_copy(update={"billing_webhook_secret": BILLING_SECRET})
    return TestClient(create_app(settings, runtime=rt), base_url="https://digest.example.org")


def test_a_signed_billing_update_lapses_a_paid_member(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        paid = create_list(session, "Syria Insider", is_paid=True)
        subscribe(session, paid.id, "ana@example.org")
    body = json.dumps({"id": "evt_1", "email": "ana@example.org",
                       "billing_status": "past_due"}).encode()
    now = int(time.time())
    headers = {TIMESTAMP_HEADER: str(now),
               SIGNATURE_HEADER: sign_billing_payload(BILLING_SECRET, now, body),
               "Content-Type": "application/json"}
    with billing_client(rt) as client:
        answer = client.post("/webhooks/billing", content=body, headers=headers)
        assert answer.status_code == 200
        assert answer.json() == {"outcome": "applied", "changes": ["active -> lapsed"]}
        again = client.post("/webhooks/billing", content=body, headers=headers)
        assert again.json()["outcome"] == "duplicate"
        forged = client.post("/webhooks/billing", content=body, headers={
            TIMESTAMP_HEADER: str(now), SIGNATURE_HEADER: "00" * 32})
        assert forged.status_code == 401
    with rt.sessions() as session:
        assert session.scalar(select(Membership.status)) == MembershipStatus.LAPSED


def test_sendgrid_events_need_a_configured_key_and_a_valid_signature(
        client: TestClient, rt: Runtime) -> None:
    body = b'[{"event": "open", "sg_event_id": "e1", "email": "a@example.org"}]'
    assert client.post("/webhooks/sendgrid", content=body).status_code == 403
    private = ec.generate_private_key(ec.SECP256R1())
    key = base64.b64encode(private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)).decode()
    settings = rt.settings.model_copy(update={"sendgrid_webhook_public_key": key})
    timestamp = str(int(time.time()))
    signature = base64.b64encode(private.sign(timestamp.encode() + body,
                                              ec.ECDSA(hashes.SHA256()))).decode()
    with TestClient(create_app(settings, runtime=rt),
                    base_url="https://digest.example.org") as signed_client:
        good = signed_client.post("/webhooks/sendgrid", content=body, headers={
            webhook_signature.SIGNATURE_HEADER: signature,
            webhook_signature.TIMESTAMP_HEADER: timestamp})
        assert good.status_code == 200 and good.json()["stored"] == 1
        bad = signed_client.post("/webhooks/sendgrid", content=body + b" ", headers={
            webhook_signature.SIGNATURE_HEADER: signature,
            webhook_signature.TIMESTAMP_HEADER: timestamp})
        assert bad.status_code == 401
    with rt.sessions() as session:
        assert session.scalar(select(WebhookEvent.event_id)) is not None


def test_health_is_ok_when_the_database_answers(client: TestClient) -> None:
    answer = client.get("/healthz")
    assert answer.status_code == 200 and answer.json() == {"status": "ok"}


def test_health_fails_when_the_database_does_not_answer(rt: Runtime) -> None:
    engine = make_engine("postgresql://nobody:x@127.0.0.1:9/none", connect_args={
        "connect_timeout": 2})
    broken = Runtime(rt.settings, engine, session_factory(engine))
    with TestClient(create_app(rt.settings, runtime=broken)) as client:
        answer = client.get("/healthz")
    assert answer.status_code == 503 and answer.json()["status"] == "unavailable"
