"""Stories: items from several outlets that report one event."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from digest.models.base import Base, utcnow


class Story(Base):
    """One event, told by a lead item and the other items that report it."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    storyline: Mapped[str] = mapped_column(String(100), index=True, default="")
    topic: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="news")  # news | analysis
    title: Mapped[str] = mapped_column(Text, default="")
    lead_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("items.id", ondelete="SET NULL", use_alter=True)
    )
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When the event was first reported (earliest member's published time): the date a
    # backstory line shows. Null only before the first grouping fills it.
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    # When the newest member was published: how recent the story's latest report is.
    last_published_at: Mapped[datetime | None]
    # Moves forward when a new item joins: "new developments" since an edition.
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
