"""The contract scenario every way in must agree on: a list read in Tokyo, London and New
York, a real SMTP server on loopback that refuses one reader until the operator fixes it.

Only Tokyo has reached the list's send time (its cron is set to Tokyo's current minute),
so every way must mail the Tokyo readers and hold London and New York for their own
morning; the refusal pauses the edition (one failed batch pauses it) and a resume
sends it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo

from aiosmtpd.controller import Controller
from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.ingest.refresh import due_feed_ids, refresh_with_settings
from digest.local.demo import FEEDS
from digest.local.feedserver import FeedServer
from digest.models import DeliveryBatch, Edition, Feed, MailingList, Subscriber
from digest.runtime import Runtime
from tests.services import free_port

READERS = {
    "aiko@example.org": "Asia/Tokyo",
    "kenji@example.org": "Asia/Tokyo",
    "yui@example.org": "Asia/Tokyo",
    "liam@example.org": "Europe/London",
    "nora@example.org": "America/New_York",
}
REFUSED = "kenji@example.org"
TOKYO_READERS = sorted(a for a, z in READERS.items() if z == "Asia/Tokyo")
LIST_NAME = "Syria Digest"


class Mailbox:
    """An SMTP server's handler: accepts every message except to `refused` addresses,
    which get a permanent 554 until the operator clears it."""

    def __init__(self) -> None:
        self.refused = {REFUSED}
        self.received: list[tuple[str, bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        to = envelope.rcpt_tos[0]
        if to in self.refused:
            return "554 5.7.1 mailbox refuses this sender"
        self.received.append((to, envelope.original_content or envelope.content))
        return "250 OK"


@contextmanager
def smtp_server() -> Iterator[tuple[Mailbox, str]]:
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox, f"smtp://127.0.0.1:{port}"
    finally:
        controller.stop()


def tokyo_now_cron(now: datetime) -> str:
    """A daily cron at Tokyo's current minute: due in Tokyo now, later elsewhere."""
    local = now.astimezone(ZoneInfo("Asia/Tokyo"))
    return f"{local.minute} {local.hour} * * *"


def expected_slot(now: datetime) -> str:
    local = now.astimezone(ZoneInfo("Asia/Tokyo"))
    return local.strftime("%Y-%m-%dT%H:%M") + "-local"


def set_up(rt: Runtime, server: FeedServer, now: datetime) -> int:
    """The list, its readers, and the feeds fetched but not yet tagged or grouped."""
    with rt.sessions() as session, session.begin():
        session.add_all(Feed(url=server.url + path) for path in FEEDS)
        ml = create_list(session, LIST_NAME)
        ml.schedule_cron, ml.timezone, ml.per_subscriber_timezone = tokyo_now_cron(now), \
            "UTC", True
        ml.created_at = now - timedelta(days=30)
        for address in READERS:
            subscribe(session, ml.id, address)
        session.flush()
        for subscriber in session.scalars(select(Subscriber)):
            subscriber.timezone = READERS[subscriber.email]
        list_id = ml.id
    with rt.sessions() as session:
        ids = due_feed_ids(session, now)
    refresh_with_settings(rt.sessions, ids, rt.settings)  # stored, not tagged: builds tag
    return list_id


@dataclass(frozen=True)
class Outcome:
    """What a reader or an operator can see once a way in is done."""

    slot: str
    edition_status: str
    batches: tuple[tuple[str, int], ...]  # status, count
    recipients: tuple[str, ...]
    emails: tuple[tuple[str, str], ...]  # (subject, body without per-reader links), per reader


_PERSONAL = re.compile(r"https://digest\.example\.org/(unsubscribe|preferences|r)/\S+")


def _body(message: EmailMessage, slot: str) -> str:
    """The text part's lines, sorted, without what differs by reader or by minute (links
    with tokens, the slot in the web version's address).  Sorted: stories that tie on
    sources and publication time may come in either order."""
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    text = _PERSONAL.sub("<personal link>", str(part.get_content())).replace(slot, "<slot>")
    return "\n".join(sorted(text.splitlines()))


def outcome(rt: Runtime, mailbox: Mailbox) -> Outcome:
    with rt.sessions() as session:
        (edition,) = session.scalars(select(Edition)).all()
        batches = Counter(str(s) for s in session.scalars(select(DeliveryBatch.status)))
        assert session.scalar(select(MailingList.name)) == LIST_NAME
    messages = [(to, message_from_bytes(raw, policy=policy.default)) for to, raw in
                mailbox.received]
    emails = sorted({(str(m["Subject"]), _body(m, edition.slot))
                     for _to, m in messages})
    return Outcome(edition.slot, str(edition.status), tuple(sorted(batches.items())),
                   tuple(sorted(to for to, _ in messages)), tuple(emails))
