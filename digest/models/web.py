"""What the web app remembers for itself: archive sign-in links already followed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from digest.models.base import Base, utcnow


class UsedSignInLink(Base):
    """An archive sign-in link that has signed someone in: it never works again.

    Keyed by the random nonce inside the link, so two people (or two tabs) racing
    to use one link cannot both win: the second insert breaks the primary key.
    Rows older than any link could live are pruned as new ones are added.
    """

    __tablename__ = "used_sign_in_links"

    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(
        ForeignKey("subscribers.id", ondelete="CASCADE"), index=True)
    used_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
