"""Who a send of a list would reach, before it starts: what `digest send --dry-run` prints
and what the console's Send now confirmation shows, from one function."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from digest.audience.active import active_members, status_counts
from digest.audience.frequency import takes_edition
from digest.models import MailingList, utcnow


@dataclass(frozen=True)
class RecipientsPreview:
    """The recipients of a list's send: how many, the first few, and every member by shown
    status (only "active" ones are mailed; the rest say why the others are not)."""

    list_name: str
    total: int
    first: list[tuple[int, str, str]]  # (subscriber id, email, name)
    by_status: dict[str, int]
    batch_size: int

    @property
    def batches(self) -> int:
        return -(-self.total // self.batch_size)


def preview_recipients(session: Session, mailing_list: MailingList, *, batch_size: int,
                       shown: int = 50, at: datetime | None = None) -> RecipientsPreview:
    """Read-only: the same SQL the send path's snapshot uses to pick recipients for an
    edition made `at` (now by default): active members whose frequency takes it (a weekly
    reader mailed in the last week waits). Topic choices are applied per edition, when
    it is sent, and are not counted here."""
    members = _recipients(mailing_list, at)
    first = [(int(i), str(e), str(n)) for i, e, n in session.execute(members.limit(shown))]
    return RecipientsPreview(
        list_name=mailing_list.name, total=count_recipients(session, mailing_list, at=at),
        first=first,
        by_status=dict(sorted(status_counts(session, [mailing_list.id]).items())),
        batch_size=batch_size)


def count_recipients(session: Session, mailing_list: MailingList, *,
                     at: datetime | None = None) -> int:
    """How many readers an edition of the list made `at` goes to (preview_recipients)."""
    members = _recipients(mailing_list, at).order_by(None).subquery()
    return int(session.scalar(select(func.count()).select_from(members)) or 0)


def _recipients(mailing_list: MailingList, at: datetime | None) -> Select[int, str, str]:
    return active_members(mailing_list).where(takes_edition(mailing_list, at or utcnow()))
