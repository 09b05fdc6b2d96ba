"""11. A payment for one paid list never unlocks another.

A publisher runs two paid lists.  The billing system tells us, through the signed webhook
of the real app, that a reader cancelled one and pays for the other; a real send of each
list's edition and the archive page then follow that, list by list.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text

from digest.audience.active import is_active
from digest.audience.billing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign_billing_payload
from digest.audience.lists import create_list
from digest.audience.subscribers import find_subscriber, subscribe
from digest.db import alembic_config, make_engine
from digest.delivery.send import send_edition_in_process
from digest.delivery.transports.outbox import OutboxTransport
from digest.models import Edition, MailingList, Membership, MembershipStatus, Subscriber
from digest.runtime import Runtime
from digest.web import readers
from digest.web.app import create_app
from tests.web.support import submit

SECRET = "billing-secret"
LISTS = ("Syria Insider", "Levant Pro")


@pytest.fixture
def client(rt: Runtime) -> Iterator[TestClient]:
    settings = rt.settings.model_copy(update={"billing_webhook_secret": SECRET})
    with TestClient(create_app(settings, runtime=rt),
                    base_url="https://digest.example.org") as test_client:
        yield test_client


def _bill(client: TestClient, **fields: object) -> dict[str, object]:
    body = json.dumps({"email": "ana@example.org", **fields}).encode()
    now = int(time.time())
    answer = client.post("/webhooks/billing", content=body, headers={
        TIMESTAMP_HEADER: str(now), SIGNATURE_HEADER: sign_billing_payload(SECRET, now, body)})
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def _two_paid_lists_with_an_edition_each(rt: Runtime) -> dict[str, int]:
    editions = {}
    with rt.sessions() as session, session.begin():
        for name in LISTS:
            ml = create_list(session, name, is_paid=True)
            subscribe(session, ml.id, "ana@example.org")
            subscribe(session, ml.id, "old@example.org")
            edition = Edition(list_id=ml.id, slot="2026-11-28", subject=name,
                              html=f"<p>{name} for -name-</p>", text=f"{name} for -name-")
            session.add(edition)
            session.flush()
            editions[ml.slug] = edition.id
    return editions


def _received(rt: Runtime, edition_id: int) -> list[str]:
    folder = Path(rt.settings.data_dir) / "outbox"
    return sorted(line.split(":", 1)[1].strip() for path in folder.glob(f"{edition_id:06d}-*.eml")
                  for line in path.read_text().splitlines() if line.startswith("To:"))


def test_a_payment_for_one_paid_list_does_not_unlock_another(
        rt: Runtime, client: TestClient) -> None:
    editions = _two_paid_lists_with_an_edition_each(rt)
    cancelled = _bill(client, id="e1", billing_status="canceled", list="levant-pro")
    assert cancelled == {"outcome": "applied", "changes": ["active -> lapsed"]}
    assert _bill(client, id="e2", billing_status="current", list="syria-insider")[
        "outcome"] == "applied"
    # An event naming no list (the old format) cannot bring the cancelled list back.
    assert _bill(client, id="e3", billing_status="current")["changes"] == []
    assert _bill(client, id="e4", billing_status="current", list="nope")[
        "outcome"] == "unknown list"

    outbox = OutboxTransport(rt.settings.data_dir / "outbox")
    for edition_id in editions.values():
        send_edition_in_process(rt.sessions, edition_id, outbox, rt.settings)
    assert _received(rt, editions["syria-insider"]) == ["ana@example.org", "old@example.org"]
    assert _received(rt, editions["levant-pro"]) == ["old@example.org"]

    with rt.sessions() as session:
        ana = find_subscriber(session, "ana@example.org")
        assert ana is not None
        link = readers.magic_link(rt.settings, ana)
    path = link.removeprefix(rt.settings.base_url)
    assert submit(client, path, path, {}).status_code == 303  # the link's button signs in
    assert client.get("/editions/syria-insider/2026-11-28").status_code == 200
    locked = client.get("/editions/levant-pro/2026-11-28")
    assert locked.status_code == 403 and "card on file" in locked.text


def test_events_naming_no_list_still_apply_to_every_paid_list(
        rt: Runtime, client: TestClient) -> None:
    _two_paid_lists_with_an_edition_each(rt)
    lapsed = _bill(client, id="e1", billing_status="past_due")
    assert lapsed["changes"] == ["active -> lapsed", "active -> lapsed"]
    restored = _bill(client, id="e2", billing_status="current")
    assert restored["changes"] == ["lapsed -> active", "lapsed -> active"]


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    made = make_engine(database_url)
    yield made
    made.dispose()


def test_upgrading_keeps_every_paid_member_as_billing_had_them(engine: Engine,
                                                                rt: Runtime) -> None:
    command.downgrade(alembic_config(engine), "0003")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO lists (id, name, slug, description, topics, schedule_cron, timezone,"
            " only_when_new, per_subscriber_timezone, is_paid, double_opt_in, from_email,"
            " from_name, created_at) VALUES (1, 'Paid', 'paid', '', '[]', '0 7 * * *', 'UTC',"
            " true, false, true, false, '', '', '2024-12-01 00:00:00')"))
        for sid, billing in ((1, "current"), (2, "past_due")):
            conn.execute(text(
                "INSERT INTO subscribers (id, email, email_key, email_hash, name, attributes,"
                " timezone, billing_status, created_at) VALUES (:id, :e, :e, :h, '', '{}',"
                " 'UTC', :b, '2024-12-01 00:00:00')"),
                {"id": sid, "e": f"r{sid}@example.org", "h": f"h{sid}", "b": billing})
            conn.execute(text(
                "INSERT INTO memberships (list_id, subscriber_id, status, status_reason, topics,"
                " frequency, created_at, updated_at) VALUES (1, :id, 'active', '', '[]',"
                " 'daily', '2024-12-01 00:00:00', '2024-12-01 00:00:00')"), {"id": sid})
    command.upgrade(alembic_config(engine), "head")
    with rt.sessions() as session:
        paid = session.get(MailingList, 1)
        assert paid is not None
        assert [is_active(session, paid, sid) for sid in (1, 2)] == [True, False]
        assert session.scalars(select(Membership.billing_status)).all() == [None, None]
        assert session.get(Subscriber, 2) is not None
        assert {m.status for m in session.scalars(select(Membership))} == {
            MembershipStatus.ACTIVE}
