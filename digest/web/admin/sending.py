"""Sending from the console: test sends, and the lifecycle's send now, pause and resume.

"Send now" and "Resume" hand the edition to the Celery workers when they answer,
exactly as `digest send` does, and otherwise send from a background thread of the
web process; either way lifecycle.start runs in that thread (the snapshot may be
long), the ledger makes a second start harmless (a batch is claimed once) and any
process can watch progress.  Pausing stops the next batch from being claimed;
resuming reopens failed batches, clears the failure count and goes on.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from digest.config import Settings
from digest.delivery import ledger
from digest.delivery.personalise import edition_message
from digest.delivery.transports.base import Recipient
from digest.delivery.transports.registry import make_transport
from digest.editions.preview import sample_values
from digest.editions.render import UNSUBSCRIBE_URL
from digest.lifecycle import edition as life
from digest.lifecycle.queue import InProcess
from digest.models import AuditEntry, Edition, MailingList
from digest.runtime import Runtime

log = logging.getLogger(__name__)


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


NotAllowed = ledger.NotAllowed


def pause(session: Session, edition: Edition, *, actor: str) -> None:
    life.pause(session, edition, actor=actor)


def resume(session: Session, edition: Edition, *, actor: str) -> None:
    life.reopen(session, edition, actor=actor)


def check_sendable(edition: Edition) -> None:
    life.check_sendable(edition)


def is_sending(state: Any, edition_id: int) -> bool:
    """Whether this web process has a send of the edition running (the page then refreshes)."""
    thread = getattr(state, "send_threads", {}).get(edition_id)
    return bool(thread and thread.is_alive())


def start_sending(runtime: Runtime, edition_id: int, state: Any) -> threading.Thread:
    """lifecycle.start for the edition in a background thread, through the workers when
    they answer, else sending here; `state` (the app's) remembers the thread so pages
    know a send is under way."""

    def work() -> None:
        from digest.scheduling.dispatch import workers_queue

        queue = workers_queue(runtime.settings)
        transport = None
        if queue is None:
            transport = make_transport(runtime.settings)
            queue = InProcess(runtime.sessions, runtime.settings, transport)
        try:
            life.start(runtime.sessions, runtime.settings, edition_id, queue)
        except Exception:  # a background thread has nobody to raise to: log it
            log.exception("sending edition %s failed", edition_id)
        finally:
            if transport is not None:
                transport.close()

    thread = threading.Thread(target=work, name=f"send-edition-{edition_id}", daemon=True)
    if not hasattr(state, "send_threads"):
        state.send_threads = {}
    state.send_threads[edition_id] = thread
    thread.start()
    return thread
