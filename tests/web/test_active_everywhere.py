"""One definition of "active": the dashboard, People, the export and
`digest subscribers list --json` count the same people as the send path."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from digest.audience.active import count_active
from digest.audience.lists import create_list
from digest.audience.subscribers import email_hash, subscribe
from digest.commands import subscribers as subscribers_command
from digest.models import BillingStatus, MailingList, MembershipStatus, Subscriber, Suppression
from digest.runtime import Runtime


@pytest.fixture
def members(rt: Runtime) -> None:
    """Two who get mail, one suppressed (looks active in the table), one who left,
    and a paid member whose card lapsed."""
    with rt.sessions() as session, session.begin():
        free = create_list(session, "Syria Digest")
        paid = create_list(session, "Syria Deep Dive", is_paid=True)
        for address in ("a@example.org", "b@example.org", "blocked@example.org"):
            subscribe(session, free.id, address)
        subscribe(session, free.id, "left@example.org", status=MembershipStatus.UNSUBSCRIBED)
        subscribe(session, paid.id, "a@example.org")
        subscribe(session, paid.id, "card@example.org")
        session.add(Suppression(email_hash=email_hash("blocked@example.org"),
                                reason="bounced on another list"))
        card = session.query(Subscriber).filter_by(email="card@example.org").one()
        card.billing_status = BillingStatus.PAST_DUE


def _export_counts(admin: TestClient, list_id: int) -> Counter[str]:
    rows = csv.DictReader(io.StringIO(admin.get(f"/admin/lists/{list_id}/export.csv").text))
    return Counter(row["status"] for row in rows)


def _cli_counts(rt: Runtime, list_name: str, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    monkeypatch.setattr(subscribers_command, "runtime", lambda: rt)
    app = typer.Typer()
    app.add_typer(subscribers_command.app, name="subscribers")
    result = CliRunner().invoke(app, ["subscribers", "list", "--list", list_name, "--json"])
    assert result.exit_code == 0, result.output
    return Counter(row["status"] for row in json.loads(result.stdout))


def test_every_page_counts_active_as_the_send_path_does(
        admin: TestClient, rt: Runtime, members: None, monkeypatch: pytest.MonkeyPatch) -> None:
    with rt.sessions() as session:
        sent_to = {ml.name: count_active(session, ml) for ml in session.query(MailingList)}
    assert sent_to == {"Syria Digest": 2, "Syria Deep Dive": 1}
    dashboard = admin.get("/admin/").text
    assert "Members by status now: active 3, lapsed 1, suppressed 1, unsubscribed 1." \
        in dashboard
    people = admin.get("/admin/people", params={"status": "active"}).text
    assert len(re.findall(r'<td data-label="Status">active</td>', people)) == 3
    assert "blocked@example.org" not in people
    free, paid = _export_counts(admin, 1), _export_counts(admin, 2)
    assert (free["active"], paid["active"]) == (2, 1)
    assert _cli_counts(rt, "Syria Digest", monkeypatch) == free
    assert _cli_counts(rt, "Syria Deep Dive", monkeypatch) == paid


def test_a_suppressed_address_shows_as_suppressed_with_the_reason(
        admin: TestClient, members: None) -> None:
    people = admin.get("/admin/people", params={"status": "suppressed"}).text
    assert "blocked@example.org" in people and "bounced on another list" in people
    person = admin.get("/admin/people/3").text
    assert "suppressed" in person and "bounced on another list" in person
    rows = list(csv.DictReader(io.StringIO(admin.get("/admin/lists/1/export.csv").text)))
    blocked = next(r for r in rows if r["email"] == "blocked@example.org")
    assert (blocked["status"], blocked["status_reason"]) == \
        ("suppressed", "bounced on another list")
