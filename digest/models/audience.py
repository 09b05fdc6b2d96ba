"""Lists, subscribers, their memberships and global suppressions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from digest.audience.choices import BillingStatus, MembershipStatus
from digest.audience.names import clean_name
from digest.models.base import Base, utcnow


class MailingList(Base):
    """A list people subscribe to: which topics, when, and from whom."""

    __tablename__ = "lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    schedule_cron: Mapped[str] = mapped_column(String(100), default="0 7 * * *")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    only_when_new: Mapped[bool] = mapped_column(default=True)
    per_subscriber_timezone: Mapped[bool] = mapped_column(default=False)
    is_paid: Mapped[bool] = mapped_column(default=False)
    double_opt_in: Mapped[bool] = mapped_column(default=True)
    from_email: Mapped[str] = mapped_column(String(320), default="")
    from_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Subscriber(Base):
    """A person, by normalised email address (unique case-insensitively)."""

    __tablename__ = "subscribers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    # Lower-cased address: the uniqueness key, so Ana@x.org and ana@x.org are one person.
    email_key: Mapped[str] = mapped_column(String(320), unique=True)
    # sha256 of email_key: matches Suppression.email_hash, which outlives erasure.
    email_hash: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    billing_status: Mapped[str] = mapped_column(String(20), default=BillingStatus.CURRENT)
    paid_through: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    confirmed_at: Mapped[datetime | None]

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="subscriber", passive_deletes=True
    )

    @validates("name")
    def _one_line_name(self, _key: str, value: str | None) -> str:
        """Every ORM write (forms, CLI, admin console) stores a clean, one-line name."""
        return clean_name(value)


class Membership(Base):
    """A subscriber's status on one list."""

    __tablename__ = "memberships"
    __table_args__ = (
        UniqueConstraint("list_id", "subscriber_id", name="uq_memberships_list_subscriber"),
        # The send path pages active members of a list by subscriber id.
        Index("ix_memberships_list_status_subscriber", "list_id", "status", "subscriber_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("lists.id", ondelete="CASCADE"))
    subscriber_id: Mapped[int] = mapped_column(
        ForeignKey("subscribers.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default=MembershipStatus.PENDING)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    # Preferences: topics (a subset of the list's; empty = all of them) and how often.
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    frequency: Mapped[str] = mapped_column(String(10), default="daily")
    # Billing on this list, once a billing event named it; None follows the subscriber's
    # billing (events naming no list). A paid list reads the first that is set.
    billing_status: Mapped[str | None] = mapped_column(String(20), default=None)
    paid_through: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    subscriber: Mapped[Subscriber] = relationship(back_populates="memberships")
    mailing_list: Mapped[MailingList] = relationship()


class Suppression(Base):
    """An address that never receives anything, stored as a hash so it survives erasure."""

    __tablename__ = "suppressions"

    id: Mapped[int] = mapped_column(primary_key=True)
    email_hash: Mapped[str] = mapped_column(String(64), unique=True)
    reason: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
