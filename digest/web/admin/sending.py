"""Sending from the console: test sends, send now (in a background thread), pause, resume.

"Send now" runs the same in-process send loop as `digest send --in-process`
in a thread of the web process; the ledger makes a second start harmless (a
batch is claimed once) and any process can watch progress.  Pausing stops the
next batch from being claimed; resuming clears the failure count and goes on.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from digest.config import Settings
from digest.delivery.personalise import edition_message
from digest.delivery.send import send_edition_in_process
from digest.delivery.transports.base import Recipient
from digest.delivery.transports.registry import make_transport
from digest.editions.preview import sample_values
from digest.editions.render import UNSUBSCRIBE_URL
from digest.models import AuditEntry, Edition, EditionStatus, MailingList
from digest.runtime import Runtime

log = logging.getLogger(__name__)


class NotAllowed(ValueError):
    """The edition is in a status where this action makes no sense (the message says why)."""


def send_test(session: Session, settings: Settings, edition: Edition, address: str,
              *, actor: str) -> None:
    """Send the edition, marked as a test, to one address with sample links."""
    mailing_list = session.get(MailingList, edition.list_id)
    assert mailing_list is not None
    message = edition_message(edition, mailing_list, settings)
    message = replace(message, subject=f"[Test] {message.subject}",
                      categories=(*message.categories, "test"))
    values = sample_values(settings.base_url)
    transport = make_transport(settings)
    try:
        transport.send(message, [Recipient(delivery_id=0, subscriber_id=0, email=address,
                                           substitutions=values,
                                           unsubscribe_url=values[UNSUBSCRIBE_URL])])
    finally:
        transport.close()
    session.add(AuditEntry(actor=actor, action="test_send", subject_type="edition",
                           subject_id=edition.id, detail={"to": address}))


def record_send(session: Session, edition: Edition, *, actor: str, recipients: int) -> None:
    """The audit entry of a send started by hand: who, and how many it was meant for."""
    session.add(AuditEntry(actor=actor, action="send", subject_type="edition",
                           subject_id=edition.id, detail={"recipients": recipients}))


def pause(session: Session, edition: Edition, *, actor: str) -> None:
    if edition.status not in (EditionStatus.READY, EditionStatus.SENDING):
        raise NotAllowed(f"edition {edition.id} is {edition.status}; only a ready or sending "
                         "edition can be paused")
    edition.status = EditionStatus.PAUSED
    session.add(AuditEntry(actor=actor, action="pause", subject_type="edition",
                           subject_id=edition.id, detail={}))


def resume(session: Session, edition: Edition, *, actor: str) -> None:
    if edition.status != EditionStatus.PAUSED:
        raise NotAllowed(f"edition {edition.id} is {edition.status}, not paused")
    edition.status = EditionStatus.SENDING if edition.snapshot_done else EditionStatus.READY
    edition.failed_batches = 0
    session.add(AuditEntry(actor=actor, action="resume", subject_type="edition",
                           subject_id=edition.id, detail={}))


def check_sendable(edition: Edition) -> None:
    if edition.status not in (EditionStatus.READY, EditionStatus.SENDING):
        raise NotAllowed(f"edition {edition.id} is {edition.status}; only a ready or sending "
                         "edition can be sent")


def is_sending(state: Any, edition_id: int) -> bool:
    """Whether this web process has a send of the edition running (the page then refreshes)."""
    thread = getattr(state, "send_threads", {}).get(edition_id)
    return bool(thread and thread.is_alive())


def start_sending(runtime: Runtime, edition_id: int, state: Any) -> threading.Thread:
    """Send every pending batch of the edition in a background thread; `state` (the app's)
    remembers the thread so pages know a send is under way."""

    def work() -> None:
        transport = make_transport(runtime.settings)
        try:
            send_edition_in_process(runtime.sessions, edition_id, transport, runtime.settings)
        except Exception:  # a background thread has nobody to raise to: log it
            log.exception("sending edition %s failed", edition_id)
        finally:
            transport.close()

    thread = threading.Thread(target=work, name=f"send-edition-{edition_id}", daemon=True)
    if not hasattr(state, "send_threads"):
        state.send_threads = {}
    state.send_threads[edition_id] = thread
    thread.start()
    return thread
