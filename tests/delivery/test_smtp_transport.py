"""The SMTP transport against a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from digest.delivery.transports.base import Message, Recipient, TransportError
from digest.delivery.transports.smtp import SMTPTransport
from tests.services import free_port

MESSAGE = Message(edition_id=1, subject="Aleppo", html="<p>Hi -name-</p>", text="Hi -name-",
                  from_email="digest@example.org")
READERS = [Recipient(delivery_id=n, subscriber_id=n, email=f"reader{n}@example.org",
                     substitutions={"-name-": f"Reader {n}"}) for n in range(3)]


class Mailbox:
    """Accepts `accept` messages, then answers every DATA with `refusal`."""

    def __init__(self, accept: int = 1000, refusal: str = "451 try again later",
                 refuse: frozenset[str] = frozenset()) -> None:
        self.accept, self.refusal, self.refuse = accept, refusal, refuse
        self.received: list[tuple[str, str]] = []
        self.sessions: set[int] = set()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if envelope.rcpt_tos[0] in self.refuse:
            return "554 5.7.1 this mailbox does not take your mail"
        if len(self.received) >= self.accept:
            return self.refusal
        self.sessions.add(id(session))
        self.received.append((envelope.rcpt_tos[0], envelope.content.decode()))
        return "250 OK"


def _serve(mailbox: Mailbox) -> Iterator[str]:
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield f"smtp://127.0.0.1:{port}"
    finally:
        controller.stop()


@pytest.fixture
def mailbox() -> Mailbox:
    return Mailbox()


@pytest.fixture
def smtp_url(mailbox: Mailbox) -> Iterator[str]:
    yield from _serve(mailbox)


def test_a_batch_goes_over_one_connection_personalised(mailbox: Mailbox, smtp_url: str) -> None:
    result = SMTPTransport(smtp_url).send(MESSAGE, READERS)
    assert result.accepted == 3
    assert [to for to, _ in mailbox.received] == [r.email for r in READERS]
    assert "Hi Reader 2" in mailbox.received[2][1]
    assert len(mailbox.sessions) == 1


def test_a_failure_after_some_copies_went_out_is_not_safe_to_resend() -> None:
    partial = Mailbox(accept=1)
    for url in _serve(partial):
        with pytest.raises(TransportError) as failed:
            SMTPTransport(url).send(MESSAGE, READERS)
    assert failed.value.maybe_delivered and not failed.value.permanent
    assert "after 1 of 3" in str(failed.value)


def test_a_refusal_before_anything_went_out_can_be_retried() -> None:
    refusing = Mailbox(accept=0)
    for url in _serve(refusing):
        with pytest.raises(TransportError) as failed:
            SMTPTransport(url).send(MESSAGE, READERS)
    assert not failed.value.maybe_delivered and not failed.value.permanent


def test_a_permanent_refusal_of_the_first_copy_is_permanent() -> None:
    refusing = Mailbox(accept=0, refusal="554 rejected")
    for url in _serve(refusing):
        with pytest.raises(TransportError) as failed:
            SMTPTransport(url).send(MESSAGE, READERS)
    assert failed.value.permanent


def test_a_copy_refused_for_good_costs_only_that_reader_their_mail() -> None:
    picky = Mailbox(refuse=frozenset({READERS[1].email}))
    for url in _serve(picky):
        result = SMTPTransport(url).send(MESSAGE, READERS)
    assert [to for to, _ in picky.received] == [READERS[0].email, READERS[2].email]
    assert result.accepted == 2 and list(result.refused) == [READERS[1].delivery_id]
    assert "554" in result.refused[READERS[1].delivery_id]
