"""The send job: snapshot the ledger, then send each batch exactly once.

A batch goes pending -> claimed -> sending -> sent.  The only moment a crash can
leave the outcome unknown is between the provider accepting a request and the
ledger recording it (`sending`); such batches, and requests that went out but got
no answer, become `uncertain` and are reported, never resent blindly.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from digest.audience.active import active_condition
from digest.config import Settings
from digest.delivery import ledger
from digest.delivery.batch_renders import split_by_variant
from digest.delivery.buckets import split_by_release
from digest.delivery.personalise import edition_message, recipient
from digest.delivery.ratelimit import NoLimit, RateLimiter
from digest.delivery.snapshot import snapshot_page
from digest.delivery.transports.base import Transport, TransportError
from digest.delivery.transports.mime import address_problem
from digest.delivery.transports.registry import batch_size
from digest.editions.build import edition_copy
from digest.editions.variants import CONTEXT
from digest.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    DeliveryStatus,
    Edition,
    EditionStatus,
    MailingList,
    Membership,
    Subscriber,
    utcnow,
)

log = logging.getLogger(__name__)
# Kept importable from here for older callers; the ledger defines them.
SKIPPED = DeliveryStatus.SKIPPED
OPEN = ledger.OPEN


@dataclass
class SendReport:
    edition_id: int
    batches: dict[str, int] = field(default_factory=dict)
    sent_now: int = 0
    status: str = ""


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def retry_delay(error: TransportError, attempt: int, cap: float, base: float = 1.0) -> float:
    """Seconds to wait before trying a batch again.

    The provider's own hint (Retry-After / X-RateLimit-Reset) wins; otherwise
    exponential backoff with jitter (half to all of base * 2^attempt).  Never above `cap`.
    """
    if error.retry_after is not None:
        return min(cap, max(0.0, error.retry_after))
    return min(cap, base * 2 ** attempt * random.uniform(0.5, 1.0))


def prepare_send(factory: sessionmaker[Session], edition_id: int, batch_size: int, *,
                 lease: timedelta = ledger.DEFAULT_LEASE,
                 on_batch: Callable[[int], None] | None = None,
                 now: datetime | None = None) -> list[int]:
    """Snapshot every recipient into the ledger (resumable); return the pending batch ids.

    `on_batch` gets each new batch as soon as its page is committed, so workers
    send while the snapshot goes on; those ids are not returned again.  Also the
    recovery step: claims older than `lease` go back to pending and sends older
    than it become uncertain.  Returns [] for an edition that is sent, paused or
    skipped, so sending it again sends nothing more.

    For a per-reader-zone edition, batches whose readers' local time is after `now`
    (default: the clock) are snapshotted as `scheduled` and neither handed nor
    returned; the send tick releases them.
    """
    now = now or utcnow()
    handed: set[int] = set()
    while True:
        with factory() as session, session.begin():
            edition = session.get(Edition, edition_id, with_for_update=True)
            if edition is None:
                raise LookupError(f"no edition {edition_id}")
            if edition.status not in ledger.SENDABLE:
                return []
            ledger.start_sending(edition)
            if edition.snapshot_done:
                ledger.recover_stale(session, edition_id, lease=lease)
                return [batch_id for batch_id in session.scalars(
                    select(DeliveryBatch.id).where(
                        DeliveryBatch.edition_id == edition_id,
                        DeliveryBatch.status == BatchStatus.PENDING,
                    ).order_by(DeliveryBatch.number)
                ) if batch_id not in handed]
            mailing_list = session.get(MailingList, edition.list_id)
            assert mailing_list is not None
            _, batch_id = snapshot_page(session, edition, mailing_list, batch_size)
            batch_ids = [] if batch_id is None else split_by_release(
                session, edition, split_by_variant(session, edition, batch_id), now)
        if on_batch is not None:
            for new_id in batch_ids:
                on_batch(new_id)
                handed.add(new_id)


def send_batch(
    factory: sessionmaker[Session], batch_id: int, transport: Transport, settings: Settings,
    *, worker: str | None = None, limiter: RateLimiter | None = None,
) -> int:
    """Claim, send and record one batch; return how many were sent (0 if not ours or done).

    A transient failure that certainly did not deliver puts the batch back to
    pending and re-raises, so the caller (a Celery retry or the in-process loop)
    tries again.  A request that went out without an answer makes the batch
    uncertain; a permanent refusal makes it failed and may pause the edition.
    """
    worker = worker or worker_name()
    with factory() as session, session.begin():
        if not ledger.claim_batch(session, batch_id, worker):
            return 0
        batch = session.get(DeliveryBatch, batch_id)
        assert batch is not None
        edition_id = batch.edition_id
        edition = session.get(Edition, edition_id)
        assert edition is not None
        if edition.status != EditionStatus.SENDING:
            ledger.release_batch(session, batch_id, f"edition {edition.status}",
                                 permanent=False, worker=worker)
            return 0
        mailing_list = session.get(MailingList, edition.list_id)
        assert mailing_list is not None
        message = edition_message(edition, mailing_list, settings)
        if batch.variant != CONTEXT:  # a longer backstory and/or only the reader's topics
            subject, html, text = edition_copy(session, edition, batch.variant)
            message = replace(message, subject=subject, html=html, text=text)
        rows = _still_active(session, batch_id, mailing_list)
        recipients = [recipient(settings, mailing_list.id, *row) for row in rows]
        skipped = set(session.scalars(select(Delivery.id).where(Delivery.batch_id == batch_id)))
        skipped.difference_update(r.delivery_id for r in recipients)
        # One unaddressable row (legacy data) fails alone; everyone else gets their copy.
        unaddressable = {r.delivery_id: problem for r in recipients
                         if (problem := address_problem(r.email, r.name))}
        recipients = [r for r in recipients if r.delivery_id not in unaddressable]
    try:
        (limiter or NoLimit()).acquire(len(recipients))
    except Exception:
        # Nothing was handed over (e.g. Redis, which holds the shared bucket, went away):
        # give the batch back now instead of holding it for a whole claim lease.
        with factory() as session, session.begin():
            ledger.release_batch(session, batch_id, "rate limiter unavailable",
                                 permanent=False, worker=worker)
        raise
    with factory() as session, session.begin():
        if not ledger.mark_sending(session, batch_id, worker):
            return 0
    # The one window: a crash after the provider accepts and before mark_sent commits
    # leaves the batch in `sending`; recovery reports it as uncertain, never resends it.
    try:
        result = transport.send(message, recipients) if recipients else None
    except TransportError as exc:
        with factory() as session, session.begin():
            if exc.maybe_delivered and not exc.permanent:
                ledger.mark_uncertain(session, batch_id, str(exc))
                return 0
            ledger.release_batch(session, batch_id, str(exc), permanent=exc.permanent,
                                 worker=worker)
            if exc.permanent:
                ledger.count_failure(session, edition_id, settings.send_max_failed_batches)
        if exc.permanent:
            return 0
        raise
    except Exception as exc:  # noqa: BLE001 - whatever a transport raises, never strand it
        log.exception("batch %s: unexpected error while sending", batch_id)
        with factory() as session, session.begin():
            ledger.release_batch(session, batch_id, f"unexpected error while sending: "
                                 f"{type(exc).__name__}: {exc}", permanent=True,
                                 worker=worker)
            ledger.count_failure(session, edition_id, settings.send_max_failed_batches)
        return 0
    with factory() as session, session.begin():
        ledger.mark_sent(session, batch_id, result.provider_message_id if result else "")
        ledger.mark_recipients_failed(
            session, {**unaddressable, **(result.refused if result else {})})
        if skipped:
            ledger.skip_deliveries(session, sorted(skipped), keep_batch=True)
    return len(recipients)


def _still_active(
    session: Session, batch_id: int, mailing_list: MailingList
) -> list[tuple[int, int, str, str, str]]:
    """(delivery id, subscriber id, email, name, email hash) of the batch's recipients
    who are still active now: someone who left after the snapshot is skipped."""
    rows = session.execute(
        select(Delivery.id, Subscriber.id, Subscriber.email, Subscriber.name,
               Subscriber.email_hash)
        .join(Subscriber, Subscriber.id == Delivery.subscriber_id)
        .join(Membership, Membership.subscriber_id == Subscriber.id)
        .where(Delivery.batch_id == batch_id, active_condition(mailing_list))
        .order_by(Delivery.id)
    ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def finish_if_done(factory: sessionmaker[Session], edition_id: int) -> SendReport:
    """Mark the edition sent when no batch is left to send; report batch counts.

    Uncertain and failed batches do not hold an edition open: they are reported.
    """
    with factory() as session, session.begin():
        peek = session.execute(select(Edition.status, Edition.snapshot_done)
                               .where(Edition.id == edition_id)).one()
        # Only an edition that may be finishing needs its row lock; mid-send (most calls,
        # one per batch) taking it would queue every worker behind the snapshot's page.
        edition = session.get(Edition, edition_id, with_for_update=bool(
            peek.status == EditionStatus.SENDING and peek.snapshot_done))
        assert edition is not None
        ledger.finish(session, edition)
        return SendReport(edition_id, ledger.batch_counts(session, edition_id),
                          status=edition.status)


def send_with_retries(
    factory: sessionmaker[Session], batch_id: int, transport: Transport, settings: Settings,
    *, attempts: int = 8, limiter: RateLimiter | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Send one batch from this process, waiting out 429s and 5xx between tries; how many
    were sent (0 when the batch was not ours, failed permanently or kept failing)."""
    for attempt in range(attempts):
        try:
            return send_batch(factory, batch_id, transport, settings, limiter=limiter)
        except TransportError as exc:
            if attempt < attempts - 1:
                sleep(retry_delay(exc, attempt, settings.send_max_retry_wait))
    return 0


def send_edition_in_process(
    factory: sessionmaker[Session], edition_id: int, transport: Transport, settings: Settings,
    *, progress: Callable[[int], None] | None = None, attempts: int = 8,
    limiter: RateLimiter | None = None, sleep: Callable[[float], None] = time.sleep,
) -> SendReport:
    """Send every pending batch from this process (the delivery stage alone; an edition's
    life, time-zone buckets included, is digest.lifecycle.edition.start)."""
    sent = 0
    lease = timedelta(seconds=settings.send_claim_lease)
    size = batch_size(settings, transport=transport)
    for batch_id in prepare_send(factory, edition_id, size, lease=lease):
        n = send_with_retries(factory, batch_id, transport, settings, attempts=attempts,
                              limiter=limiter, sleep=sleep)
        sent += n
        if progress:
            progress(n)
    report = finish_if_done(factory, edition_id)
    report.sent_now = sent
    return report
