"""Split a ledger page so each batch carries one render of the edition.

Readers who had the previous edition get the base render; new subscribers and readers
who missed editions get a longer backstory (digest.editions.variants); readers who chose
some of the list's topics get only those topics' stories (digest.editions.topics), made
here on first need. A batch is one provider request sharing one body, so a page of
recipients with mixed needs becomes one batch per render, in the same transaction that
wrote the page (prepare_send holds the edition row lock).

A reader none of whose topics has a story in the edition gets nothing: their ledger row
stays (the snapshot resumes after the highest subscriber id in the ledger) as `skipped`,
with the reason in Delivery.error and no batch. A page left with nobody to send to has
its batch removed, so nothing empty is claimed or holds the edition open.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, String, cast, exists, func, select, update
from sqlalchemy.orm import Session

from digest.delivery import ledger
from digest.editions.topics import TopicRenders, skip_reason
from digest.editions.variants import CONTEXT, variant_for
from digest.models import (
    Delivery,
    DeliveryBatch,
    DeliveryStatus,
    Edition,
    EditionStatus,
    Membership,
)


def split_by_variant(session: Session, edition: Edition, batch_id: int) -> list[int]:
    """Regroup the batch's deliveries by the render each reader needs; return the batch ids
    (none when every reader on the page was skipped for their topics)."""
    members = (Membership.subscriber_id == Delivery.subscriber_id) & (
        Membership.list_id == edition.list_id)
    renders = TopicRenders(session, edition)
    if not renders.stored and not session.scalar(select(exists().where(
            Delivery.batch_id == batch_id, members, _chose_topics()))):
        # Only the base render exists and nobody on the page chose topics: asked of the
        # database, so the common page costs one query, not a thousand rows read back.
        return [batch_id]
    page = session.execute(
        select(Delivery.id, Delivery.subscriber_id, Membership.created_at, Membership.topics)
        .join(Membership, members)
        .where(Delivery.batch_id == batch_id)
    ).all()
    previous = session.scalar(
        select(func.max(Edition.created_at)).where(
            Edition.list_id == edition.list_id, Edition.id != edition.id,
            Edition.status != EditionStatus.SKIPPED, Edition.created_at < edition.created_at)
    )
    last_had = _last_received(session, edition, [sid for _, sid, _, _ in page])
    groups: dict[str, list[int]] = {}
    skipped: dict[str, list[int]] = {}
    for delivery_id, subscriber_id, joined, topics in page:
        window = variant_for(joined, last_had.get(subscriber_id), previous_edition_at=previous,
                             now=edition.created_at)
        key = renders.key_for(window, topics or [])
        if key is None:
            skipped.setdefault(skip_reason(topics), []).append(delivery_id)
        else:
            groups.setdefault(key, []).append(delivery_id)
    _skip(session, skipped)
    first = session.get(DeliveryBatch, batch_id)
    assert first is not None
    if not groups:
        session.delete(first)
        session.flush()
        return []
    keys = sorted(groups, key=lambda k: (k != CONTEXT, k))
    first.variant = keys[0]
    ids = [batch_id]
    number = session.scalar(select(func.max(DeliveryBatch.number)).where(
        DeliveryBatch.edition_id == edition.id)) or first.number
    for key in keys[1:]:
        number += 1
        batch = DeliveryBatch(edition_id=edition.id, number=number, variant=key)
        session.add(batch)
        session.flush()
        session.execute(
            update(Delivery).where(Delivery.id.in_(groups[key])).values(batch_id=batch.id)
            .execution_options(synchronize_session=False)
        )
        ids.append(batch.id)
    return ids


def _chose_topics() -> ColumnElement[bool]:
    """SQL: the member chose some topics (Membership.topics is not an empty list)."""
    return cast(Membership.topics, String).not_in(["[]", "null"])


def _skip(session: Session, by_reason: dict[str, list[int]]) -> None:
    """Take deliveries out of their batch as skipped, saying why."""
    for reason, delivery_ids in by_reason.items():
        ledger.skip_deliveries(session, delivery_ids, reason)


def _last_received(session: Session, edition: Edition, subscriber_ids: list[int]
                   ) -> dict[int, datetime]:
    """When each reader was last sent an earlier edition of the same list."""
    if not subscriber_ids:
        return {}
    rows = session.execute(
        select(Delivery.subscriber_id, func.max(Delivery.sent_at))
        .join(Edition, Edition.id == Delivery.edition_id)
        .where(Edition.list_id == edition.list_id, Edition.id != edition.id,
               Delivery.status == DeliveryStatus.SENT,
               Delivery.subscriber_id.in_(subscriber_ids))
        .group_by(Delivery.subscriber_id)
    ).all()
    return {sid: at for sid, at in rows if at is not None}
