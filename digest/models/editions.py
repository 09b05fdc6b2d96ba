"""Editions and the per-recipient send ledger."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from digest.models.base import Base, utcnow


class EditionStatus(enum.StrEnum):
    READY = "ready"  # composed and rendered, not yet sending
    SENDING = "sending"
    SENT = "sent"
    PAUSED = "paused"
    SKIPPED = "skipped"  # nothing new: recorded with a reason, never sent


class BatchStatus(enum.StrEnum):
    # Waiting for its recipients' local send time (per-subscriber time zone lists);
    # the send tick turns it pending at `release_at`.
    SCHEDULED = "scheduled"
    PENDING = "pending"
    CLAIMED = "claimed"  # a worker owns it; nothing handed to the provider yet
    SENDING = "sending"  # handed to the provider; outcome unknown until marked
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"  # crashed while SENDING: reported, never resent blindly


class DeliveryStatus(enum.StrEnum):
    """One recipient's row in the ledger; it follows its batch, except `skipped`."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"
    # Gets nothing: left the list after the snapshot, or no story on their chosen topics
    # (the reason is in Delivery.error).
    SKIPPED = "skipped"


class Edition(Base):
    """One rendered digest for a list and a schedule slot."""

    __tablename__ = "editions"
    __table_args__ = (UniqueConstraint("list_id", "slot", name="uq_editions_list_slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("lists.id", ondelete="CASCADE"))
    slot: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default=EditionStatus.READY)
    subject: Mapped[str] = mapped_column(Text, default="")
    preheader: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    story_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    # Story id (as text) -> the story's updated_at (ISO 8601) when this edition carried it.
    # A later edition repeats a story only when its updated_at has moved past the mark.
    story_marks: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    # Stories cut to headlines or left to the web version to keep the HTML under budget.
    stories_cut: Mapped[int] = mapped_column(default=0)
    skip_reason: Mapped[str] = mapped_column(Text, default="")
    # What the edition was composed from (digest.editions.snapshot): renders for readers who
    # chose some topics are made from it at send time. None for skipped and older editions.
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Highest subscriber id considered when the send started: later joiners wait.
    recipient_bound: Mapped[int | None]
    # True once every recipient inside the bound has a ledger row.
    snapshot_done: Mapped[bool] = mapped_column(default=False)
    failed_batches: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


class EditionVariant(Base):
    """An edition rendered again: a longer backstory for readers who missed editions, and/or
    only the stories on the topics some readers chose.

    `key` is a recap window from digest.editions.variants (e.g. "7d"), or a window and topics
    ("7d:lebanon+syria", see digest.editions.topics); the Edition row itself holds the base
    render (key "context"). Only variants whose content differs are stored.
    """

    __tablename__ = "edition_variants"
    __table_args__ = (
        UniqueConstraint("edition_id", "key", name="uq_edition_variants_edition_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))  # variants.KEY_MAX
    # A topic render leads with another story, so it has its own subject ("" on rows made
    # before subjects were stored: the edition's subject).
    subject: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    recaps: Mapped[int] = mapped_column(default=0)


class DeliveryBatch(Base):
    """Up to one provider request's worth of deliveries, claimed as a unit."""

    __tablename__ = "delivery_batches"
    __table_args__ = (
        UniqueConstraint("edition_id", "number", name="uq_delivery_batches_edition_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    number: Mapped[int]
    status: Mapped[str] = mapped_column(String(20), default=BatchStatus.PENDING, index=True)
    # Which stored render of the edition this batch carries (a recap window and maybe a
    # topic subset, see digest.editions.variants); every delivery in a batch gets the same body.
    variant: Mapped[str] = mapped_column(String(200), default="context")
    # When the batch may be sent (UTC): its time-zone bucket's local send time. NULL for
    # lists that send everyone at once.
    release_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    claimed_by: Mapped[str] = mapped_column(String(200), default="")
    claimed_at: Mapped[datetime | None]
    provider_message_id: Mapped[str] = mapped_column(String(200), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None]


class Delivery(Base):
    """The ledger row: one edition to one subscriber, at most once."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("edition_id", "subscriber_id", name="uq_deliveries_edition_subscriber"),
        Index("ix_deliveries_batch", "batch_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    subscriber_id: Mapped[int] = mapped_column(
        ForeignKey("subscribers.id", ondelete="CASCADE"), index=True
    )
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("delivery_batches.id", ondelete="CASCADE")
    )
    email: Mapped[str] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(20), default=DeliveryStatus.PENDING)
    provider_message_id: Mapped[str] = mapped_column(String(200), default="")
    # Why it failed, or why it was skipped (e.g. no story on the reader's topics).
    error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None]
    # Event counters from the provider's webhooks.
    events: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
