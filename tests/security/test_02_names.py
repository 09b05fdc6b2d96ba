"""2. A CR/LF in a name (or one bad address) never stops a send, and nobody can plant one.

The issue's scenario: five active members, one whose name holds "\\r\\nBcc: ..." written
straight into the database (as old code could), then `digest send` into the outbox.
"""

from __future__ import annotations

import email
from collections.abc import Iterator, Sequence
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from typer.testing import CliRunner

from digest.audience.lists import create_list
from digest.audience.subscribers import find_subscriber, subscribe
from digest.cli import app as cli
from digest.delivery.send import send_edition_in_process
from digest.delivery.transports.base import Message, Recipient, SendResult
from digest.delivery.transports.smtp import SMTPTransport
from digest.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    Edition,
    EditionStatus,
    Subscriber,
    utcnow,
)
from digest.runtime import Runtime
from digest.scheduling.schedule import current_slot
from digest.web.app import create_app
from digest.web.passwords import create_admin_user
from tests.conftest import TEST_SECRET_KEY
from tests.security.test_10_public_forms import Inboxes
from tests.services import free_port
from tests.web.support import ADMIN_PASSWORD, ADMIN_USER, sign_in, submit

PLANTED = "Mallory\r\nBcc: victim@example.net"
READERS = [f"reader{n}@example.org" for n in range(4)] + ["mallory@example.org"]


@pytest.fixture
def env(rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> Runtime:
    monkeypatch.setenv("DIGEST_DATABASE_URL", rt.settings.effective_database_url)
    monkeypatch.setenv("DIGEST_DATA_DIR", str(rt.settings.data_dir))
    monkeypatch.setenv("DIGEST_SECRET_KEY", TEST_SECRET_KEY)
    monkeypatch.setenv("DIGEST_SEND_BATCH_SIZE", "5")
    return rt


def _list_with_an_edition(rt: Runtime, *, legacy: dict[str, Any]) -> int:
    """Five active members, then `legacy` written straight into mallory's row."""
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        for address in READERS:
            subscribe(session, ml.id, address, name=address.split("@")[0].title())
        if legacy:
            session.execute(update(Subscriber)
                            .where(Subscriber.email_key == "mallory@example.org")
                            .values(**legacy))
        edition = Edition(list_id=ml.id, slot=current_slot(ml, utcnow()), subject="Aleppo",
                          html="<p>Hi -name-</p>", text="Hi -name-")
        session.add(edition)
        session.flush()
        return edition.id


def _outbox(rt: Runtime) -> list[EmailMessage]:
    paths = sorted(Path(rt.settings.data_dir, "outbox").glob("*.eml"))
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default)
            for p in paths]


def _ledger(rt: Runtime, edition_id: int) -> tuple[str, list[str], dict[str, tuple[str, str]]]:
    with rt.sessions() as session:
        edition = session.get(Edition, edition_id)
        assert edition is not None
        batches = list(session.scalars(select(DeliveryBatch.status)
                                       .where(DeliveryBatch.edition_id == edition_id)))
        rows = {email: (status, error) for email, status, error in session.execute(
            select(Delivery.email, Delivery.status, Delivery.error)
            .where(Delivery.edition_id == edition_id))}
        return edition.status, [str(b) for b in batches], rows


def test_a_line_break_in_a_stored_name_costs_nobody_their_copy(env: Runtime) -> None:
    edition_id = _list_with_an_edition(env, legacy={"name": PLANTED})
    result = CliRunner().invoke(cli, ["send", "--list", "Syria Digest", "--in-process"])
    assert result.exit_code == 0, result.output
    copies = _outbox(env)
    assert sorted(m["To"].addresses[0].addr_spec for m in copies) == sorted(READERS)
    for copy in copies:
        assert copy["Bcc"] is None and len(copy["To"].addresses) == 1
        assert b"victim@example.net" not in copy.as_bytes().split(b"\n\n", 1)[0].replace(
            b"Mallory Bcc: victim@example.net", b"")
    status, batches, rows = _ledger(env, edition_id)
    assert status == EditionStatus.SENT and batches == [BatchStatus.SENT]
    assert {s for s, _ in rows.values()} == {BatchStatus.SENT}


def test_an_unaddressable_row_fails_alone_with_its_reason(env: Runtime) -> None:
    edition_id = _list_with_an_edition(env, legacy={"email": "mallory@exa\r\nBcc: v@x.net"})
    result = CliRunner().invoke(cli, ["send", "--list", "Syria Digest", "--in-process"])
    assert result.exit_code == 0, result.output
    assert sorted(m["To"].addresses[0].addr_spec for m in _outbox(env)) == READERS[:4]
    status, batches, rows = _ledger(env, edition_id)
    assert status == EditionStatus.SENT and batches == [BatchStatus.SENT]
    bad = rows.pop("mallory@exa\r\nBcc: v@x.net")
    assert bad[0] == BatchStatus.FAILED and "cannot address" in bad[1]
    assert {s for s, _ in rows.values()} == {BatchStatus.SENT}


class BrokenTransport:
    """A transport with a bug: it raises something that is not a TransportError."""

    name, max_batch = "broken", 1000

    def send(self, message: Message, recipients: Sequence[Recipient]) -> SendResult:
        raise ValueError("invalid arguments; address parts cannot contain CR or LF")

    def close(self) -> None:
        pass


def test_any_error_while_sending_leaves_the_batch_failed_with_its_reason(rt: Runtime) -> None:
    edition_id = _list_with_an_edition(rt, legacy={})
    report = send_edition_in_process(rt.sessions, edition_id, BrokenTransport(), rt.settings)
    status, batches, rows = _ledger(rt, edition_id)
    assert batches == [BatchStatus.FAILED] and report.status == EditionStatus.SENT
    assert all(s == BatchStatus.FAILED and "ValueError" in e for s, e in rows.values())


class RefusingMailbox(Inboxes):
    """An SMTP server that refuses one mailbox at RCPT TO and takes the rest."""

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        if address.startswith("mallory@"):
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[str, RefusingMailbox]]:
    mailbox, port = RefusingMailbox(), free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield f"smtp://127.0.0.1:{port}", mailbox
    controller.stop()


def test_a_recipient_the_smtp_server_refuses_fails_alone(
        rt: Runtime, smtp_server: tuple[str, RefusingMailbox]) -> None:
    url, mailbox = smtp_server
    edition_id = _list_with_an_edition(rt, legacy={})
    send_edition_in_process(rt.sessions, edition_id, SMTPTransport(url), rt.settings)
    assert sorted(mailbox.received) == READERS[:4]
    status, batches, rows = _ledger(rt, edition_id)
    assert status == EditionStatus.SENT and batches == [BatchStatus.SENT]
    assert rows["mallory@example.org"][0] == BatchStatus.FAILED
    assert "no such user" in rows["mallory@example.org"][1]


@pytest.fixture
def client(rt: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(rt.settings, runtime=rt),
                    base_url="https://digest.example.org") as test_client:
        yield test_client


def test_the_public_form_cleans_names_and_never_renames_a_known_person(
        rt: Runtime, client: TestClient) -> None:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest", double_opt_in=False)
        subscribe(session, ml.id, "known@example.org")  # no name yet
    form = "/lists/syria-digest/subscribe"
    for address in ("known@example.org", "new@example.org"):
        answer = submit(client, form, form, {"email": address, "name": PLANTED})
        assert answer.status_code == 200
    with rt.sessions() as session:
        known = find_subscriber(session, "known@example.org")
        new = find_subscriber(session, "new@example.org")
        assert known is not None and new is not None
        assert known.name == "" and new.name == "Mallory Bcc: victim@example.net"


def test_the_cli_and_an_import_store_names_on_one_line(env: Runtime, tmp_path: Path) -> None:
    with env.sessions() as session, session.begin():
        create_list(session, "Syria Digest")
    added = CliRunner().invoke(cli, ["subscribers", "add", "cli@example.org", "--list",
                                     "Syria Digest", "--name", PLANTED, "--confirmed"])
    assert added.exit_code == 0, added.output
    csv = tmp_path / "people.csv"
    csv.write_text('email,name\nimported@example.org,"Eve\r\nBcc: victim@example.net"\n',
                   newline="")
    imported = CliRunner().invoke(cli, ["subscribers", "import", str(csv), "--list",
                                        "Syria Digest"])
    assert imported.exit_code == 0, imported.output
    with env.sessions() as session:
        names = dict(session.execute(select(Subscriber.email_key, Subscriber.name)).all())
    assert names == {"cli@example.org": "Mallory Bcc: victim@example.net",
                     "imported@example.org": "Eve Bcc: victim@example.net"}


def test_an_admin_edit_in_the_console_stores_the_name_on_one_line(
        rt: Runtime, client: TestClient) -> None:
    with rt.sessions() as session, session.begin():
        create_admin_user(session, ADMIN_USER, ADMIN_PASSWORD)
        ml = create_list(session, "Syria Digest")
        subscriber_id = subscribe(session, ml.id, "known@example.org").subscriber_id
    assert sign_in(client).status_code == 303
    person = f"/admin/people/{subscriber_id}"
    answer = submit(client, person, f"{person}/details",
                    {"name": PLANTED, "timezone": "UTC", "attributes": "{}"})
    assert answer.status_code in (302, 303)
    with rt.sessions() as session:
        known = session.get(Subscriber, subscriber_id)
        assert known is not None and known.name == "Mallory Bcc: victim@example.net"
