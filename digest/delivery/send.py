"""The send job: snapshot the ledger, then send each batch exactly once."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from digest.config import Settings
from digest.delivery import ledger
from digest.delivery.personalise import edition_message, recipient
from digest.delivery.transports.base import Transport, TransportError
from digest.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    Edition,
    EditionStatus,
    MailingList,
    Subscriber,
    utcnow,
)

MAX_FAILED_BATCHES = 3


@dataclass
class SendReport:
    edition_id: int
    batches: dict[str, int] = field(default_factory=dict)
    sent_now: int = 0
    status: str = ""


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def prepare_send(factory: sessionmaker[Session], edition_id: int, batch_size: int) -> list[int]:
    """Snapshot every recipient into the ledger (resumable); return the pending batch ids."""
    while True:
        with factory() as session, session.begin():
            edition = session.get(Edition, edition_id, with_for_update=True)
            if edition is None:
                raise LookupError(f"no edition {edition_id}")
            if edition.status not in (EditionStatus.READY, EditionStatus.SENDING):
                return []
            if edition.snapshot_done:
                edition.status = EditionStatus.SENDING
                ledger.recover_stale(session, edition_id)
                return list(session.scalars(
                    select(DeliveryBatch.id).where(
                        DeliveryBatch.edition_id == edition_id,
                        DeliveryBatch.status == BatchStatus.PENDING,
                    ).order_by(DeliveryBatch.number)
                ))
            mailing_list = session.get(MailingList, edition.list_id)
            assert mailing_list is not None
            ledger.snapshot_page(session, edition, mailing_list, batch_size)


def send_batch(
    factory: sessionmaker[Session], batch_id: int, transport: Transport, settings: Settings,
    *, worker: str | None = None,
) -> int:
    """Claim, send and record one batch; return how many were sent (0 if not ours or done).

    A transient failure puts the batch back to pending and re-raises, so the caller
    (a Celery retry or the in-process loop) tries again later.
    """
    worker = worker or worker_name()
    with factory() as session, session.begin():
        if not ledger.claim_batch(session, batch_id, worker):
            return 0
        batch = session.get(DeliveryBatch, batch_id)
        assert batch is not None
        edition = session.get(Edition, batch.edition_id)
        assert edition is not None
        if edition.status == EditionStatus.PAUSED:
            ledger.release_batch(session, batch_id, "edition paused", permanent=False)
            return 0
        mailing_list = session.get(MailingList, edition.list_id)
        assert mailing_list is not None
        message = edition_message(edition, mailing_list, settings)
        rows = session.execute(
            select(Delivery.id, Subscriber.id, Subscriber.email, Subscriber.name,
                   Subscriber.email_hash)
            .join(Subscriber, Subscriber.id == Delivery.subscriber_id)
            .where(Delivery.batch_id == batch_id).order_by(Delivery.id)
        ).all()
        recipients = [recipient(settings, mailing_list.id, *row) for row in rows]
    with factory() as session, session.begin():
        if not ledger.mark_sending(session, batch_id, worker):
            return 0
    # The one window: a crash after the provider accepts and before mark_sent leaves the
    # batch in `sending`; recovery reports it as uncertain rather than sending it again.
    try:
        result = transport.send(message, recipients)
    except TransportError as exc:
        with factory() as session, session.begin():
            ledger.release_batch(session, batch_id, str(exc), permanent=exc.permanent)
            if exc.permanent:
                _count_failure(session, batch.edition_id)
        if exc.permanent:
            return 0
        raise
    with factory() as session, session.begin():
        ledger.mark_sent(session, batch_id, result.provider_message_id)
    return len(recipients)


def _count_failure(session: Session, edition_id: int) -> None:
    edition = session.get(Edition, edition_id, with_for_update=True)
    if edition is None:
        return
    edition.failed_batches += 1
    if edition.failed_batches >= MAX_FAILED_BATCHES:
        edition.status = EditionStatus.PAUSED


def finish_if_done(factory: sessionmaker[Session], edition_id: int) -> SendReport:
    """Mark the edition sent when no batch is left to send; report batch counts."""
    with factory() as session, session.begin():
        edition = session.get(Edition, edition_id, with_for_update=True)
        assert edition is not None
        counts = ledger.batch_counts(session, edition_id)
        open_work = counts.get(BatchStatus.PENDING, 0) + counts.get(BatchStatus.CLAIMED, 0) \
            + counts.get(BatchStatus.SENDING, 0)
        if edition.status == EditionStatus.SENDING and edition.snapshot_done and not open_work:
            edition.status = EditionStatus.SENT
            edition.sent_at = utcnow()
        return SendReport(edition_id, counts, status=edition.status)


def send_edition_in_process(
    factory: sessionmaker[Session], edition_id: int, transport: Transport, settings: Settings,
    *, progress: Callable[[int], None] | None = None, attempts: int = 3,
) -> SendReport:
    """Send every pending batch from this process, retrying transient failures."""
    sent = 0
    for batch_id in prepare_send(factory, edition_id, settings.send_batch_size):
        for attempt in range(attempts):
            try:
                n = send_batch(factory, batch_id, transport, settings)
                sent += n
                if progress:
                    progress(n)
                break
            except TransportError:
                if attempt == attempts - 1:
                    break
    report = finish_if_done(factory, edition_id)
    report.sent_now = sent
    return report
