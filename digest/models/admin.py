"""Admin users, the audit log and stored webhook events."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from digest.models.base import Base, utcnow


class AdminUser(Base):
    """Someone who may sign in to the admin console."""

    __tablename__ = "admin_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Who or what changed something, and when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))  # "admin:alice", "subscriber", "bounce", ...
    action: Mapped[str] = mapped_column(String(100))
    subject_type: Mapped[str] = mapped_column(String(50))
    subject_id: Mapped[int | None] = mapped_column(index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class WebhookEvent(Base):
    """A provider event as received, deduplicated by the provider's event id."""

    __tablename__ = "webhook_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(String(50))
    event_id: Mapped[str] = mapped_column(String(200), unique=True)
    event: Mapped[str] = mapped_column(String(50))
    email: Mapped[str] = mapped_column(String(320), default="")
    # Where the event maps back to (from custom_args); None when it named nothing we sent.
    # No foreign keys: events outlive deleted editions and may name ids we never had.
    edition_id: Mapped[int | None] = mapped_column(index=True)
    delivery_id: Mapped[int | None]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    outcome: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
