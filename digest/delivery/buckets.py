"""Time-zone buckets: readers of a per-reader-zone list get the edition in their local morning.

The edition is built and snapshotted once.  Each ledger page is split so a batch
holds readers whose local send time is the same instant (zones with the same UTC
offset at that moment share a bucket); the batch carries that instant as
`release_at`.  A batch whose time has not come is `scheduled`: nobody can claim it
until the send tick releases it (ledger.release_due), after which it is claimed
and sent like any other batch.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from digest.delivery import ledger
from digest.models import Delivery, DeliveryBatch, Edition, Subscriber
from digest.scheduling.schedule import local_occurrence, release_time


def split_by_release(session: Session, edition: Edition, batch_ids: list[int],
                     now: datetime) -> list[int]:
    """Regroup each batch by its readers' local send time; return the batches to send now.

    An edition with an ordinary UTC slot is left alone (every batch is released).
    Batches for later instants are written as `scheduled` with their `release_at`.
    """
    wall = local_occurrence(edition.slot)
    if wall is None:
        return batch_ids
    ready: list[int] = []
    for batch_id in batch_ids:
        for new_id, at in _split_one(session, edition, batch_id, wall):
            if at <= now:
                ready.append(new_id)
            else:
                ledger.schedule_batch(session, new_id)
    return ready


def _split_one(session: Session, edition: Edition, batch_id: int, wall: datetime
               ) -> list[tuple[int, datetime]]:
    rows = session.execute(
        select(Delivery.id, Subscriber.timezone)
        .join(Subscriber, Subscriber.id == Delivery.subscriber_id)
        .where(Delivery.batch_id == batch_id)
    ).all()
    groups: dict[datetime, list[int]] = {}
    for delivery_id, timezone in rows:
        groups.setdefault(release_time(wall, timezone or "UTC"), []).append(delivery_id)
    first = session.get(DeliveryBatch, batch_id)
    assert first is not None
    instants = sorted(groups)
    if not instants:
        return []
    first.release_at = instants[0]
    out = [(batch_id, instants[0])]
    number = session.scalar(select(func.max(DeliveryBatch.number)).where(
        DeliveryBatch.edition_id == edition.id)) or first.number
    for at in instants[1:]:
        number += 1
        batch = DeliveryBatch(edition_id=edition.id, number=number, variant=first.variant,
                              release_at=at)
        session.add(batch)
        session.flush()
        session.execute(
            update(Delivery).where(Delivery.id.in_(groups[at])).values(batch_id=batch.id)
            .execution_options(synchronize_session=False))
        out.append((batch.id, at))
    return out
