"""Split a ledger page so each batch carries one render of the edition.

Readers who had the previous edition get the base render; new subscribers and readers
who missed editions get a longer backstory (digest.editions.variants).  A batch is one
provider request sharing one body, so a page of recipients with mixed needs becomes one
batch per variant, in the same transaction that wrote the page.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from digest.editions.variants import CONTEXT, stored_key, variant_for
from digest.models import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    Edition,
    EditionStatus,
    EditionVariant,
    Membership,
)


def split_by_variant(session: Session, edition: Edition, batch_id: int) -> list[int]:
    """Regroup the batch's deliveries by the variant each reader needs; return the batch ids."""
    stored = set(session.scalars(
        select(EditionVariant.key).where(EditionVariant.edition_id == edition.id)))
    if not stored:
        return [batch_id]  # only the base render exists: everyone gets it
    previous = session.scalar(
        select(func.max(Edition.created_at)).where(
            Edition.list_id == edition.list_id, Edition.id != edition.id,
            Edition.status != EditionStatus.SKIPPED, Edition.created_at < edition.created_at)
    )
    page = session.execute(
        select(Delivery.id, Delivery.subscriber_id, Membership.created_at)
        .join(Membership, (Membership.subscriber_id == Delivery.subscriber_id)
              & (Membership.list_id == edition.list_id))
        .where(Delivery.batch_id == batch_id)
    ).all()
    last_had = _last_received(session, edition, [sid for _, sid, _ in page])
    groups: dict[str, list[int]] = {}
    for delivery_id, subscriber_id, joined in page:
        wanted = variant_for(joined, last_had.get(subscriber_id), previous_edition_at=previous,
                             now=edition.created_at)
        groups.setdefault(stored_key(wanted, stored), []).append(delivery_id)
    keys = sorted(groups, key=lambda k: (k != CONTEXT, k))
    first = session.get(DeliveryBatch, batch_id)
    assert first is not None
    first.variant = keys[0]
    ids = [batch_id]
    number = session.scalar(select(func.max(DeliveryBatch.number)).where(
        DeliveryBatch.edition_id == edition.id)) or first.number
    for key in keys[1:]:
        number += 1
        batch = DeliveryBatch(edition_id=edition.id, number=number, variant=key,
                              status=BatchStatus.PENDING)
        session.add(batch)
        session.flush()
        session.execute(
            update(Delivery).where(Delivery.id.in_(groups[key])).values(batch_id=batch.id)
            .execution_options(synchronize_session=False)
        )
        ids.append(batch.id)
    return ids


def _last_received(session: Session, edition: Edition, subscriber_ids: list[int]
                   ) -> dict[int, datetime]:
    """When each reader was last sent an earlier edition of the same list."""
    if not subscriber_ids:
        return {}
    rows = session.execute(
        select(Delivery.subscriber_id, func.max(Delivery.sent_at))
        .join(Edition, Edition.id == Delivery.edition_id)
        .where(Edition.list_id == edition.list_id, Edition.id != edition.id,
               Delivery.status == BatchStatus.SENT,
               Delivery.subscriber_id.in_(subscriber_ids))
        .group_by(Delivery.subscriber_id)
    ).all()
    return {sid: at for sid, at in rows if at is not None}
