"""Item 10: the public forms cannot be used to flood an inbox or to mail people who asked
never to hear from us."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import update

from digest.audience.lists import create_list
from digest.audience.subscribers import email_hash, subscribe
from digest.models import Membership, MembershipStatus, Suppression
from digest.runtime import Runtime
from tests.security.conftest import Serve, as_client, form_token
from tests.services import free_port

FORM = "/lists/syria-digest/subscribe"
PER_ADDRESS = 3  # DIGEST_WEB_EMAILS_PER_ADDRESS' default


class Inboxes:
    """A real SMTP server on loopback; who got how many messages."""

    def __init__(self) -> None:
        self.received: list[str] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.extend(envelope.rcpt_tos)
        return "250 OK"


@pytest.fixture
def inboxes() -> Iterator[tuple[Inboxes, str]]:
    inboxes, port = Inboxes(), free_port()
    controller = Controller(inboxes, hostname="127.0.0.1", port=port)
    controller.start()
    yield inboxes, f"smtp://127.0.0.1:{port}"
    controller.stop()


def post_form(site: str, page: str, action: str, data: dict[str, str], address: str) -> str:
    """Fill in the form on `page` from client `address`; the answer's text."""
    with httpx.Client(base_url=site, headers=as_client(address)) as browser:
        token = form_token(browser, page)
        answer = browser.post(action, data={**data, "csrf_token": token})
        assert answer.status_code == 200, answer.text
        return answer.text


def test_subscribing_someone_again_and_again_mails_them_a_few_times_only(
        rt: Runtime, serve: Serve, inboxes: tuple[Inboxes, str]) -> None:
    with rt.sessions() as session, session.begin():
        create_list(session, "Syria Digest")
    mail, smtp_url = inboxes
    site = serve(transport="smtp", smtp_url=smtp_url)
    # Ten requests, each from its own network, so no per-requester limit applies.
    answers = [post_form(site, FORM, FORM, {"email": "victim@example.org"}, f"192.0.2.{n}")
               for n in range(1, 11)]
    assert all("Check your inbox" in answer for answer in answers)
    assert mail.received == ["victim@example.org"] * PER_ADDRESS
    # Other addresses are not held back by the victim's count.
    post_form(site, FORM, FORM, {"email": "someone@example.org"}, "192.0.2.99")
    assert mail.received[PER_ADDRESS:] == ["someone@example.org"]


def test_suppressed_and_complained_addresses_get_no_sign_in_link(
        rt: Runtime, serve: Serve, inboxes: tuple[Inboxes, str]) -> None:
    with rt.sessions() as session, session.begin():
        list_id = create_list(session, "Syria Digest").id
        subscribe(session, list_id, "blocked@example.org")
        session.add(Suppression(email_hash=email_hash("blocked@example.org"), reason="erased"))
        subscribe(session, list_id, "angry@example.org")
        session.execute(update(Membership).where(Membership.subscriber_id == 2)
                        .values(status=MembershipStatus.COMPLAINED))
        subscribe(session, list_id, "reader@example.org")
    mail, smtp_url = inboxes
    site = serve(transport="smtp", smtp_url=smtp_url)
    answers = {address: post_form(site, "/archive", "/archive/sign-in", {"email": address},
                                  f"198.51.100.{n}")
               for n, address in enumerate(("blocked@example.org", "angry@example.org",
                                            "nobody@example.org", "reader@example.org"))}
    assert len(set(answers.values())) == 1  # the same page for all four
    assert mail.received == ["reader@example.org"]
