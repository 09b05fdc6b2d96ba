"""Who a send of a list would reach, before it starts: what `digest send --dry-run` prints
and what the console's Send now confirmation shows, from one function."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from digest.audience.active import active_members, count_active, status_counts
from digest.models import MailingList


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
                       shown: int = 50) -> RecipientsPreview:
    """Read-only: the same SQL the send path uses to pick recipients."""
    first = [(int(i), str(e), str(n))
             for i, e, n in session.execute(active_members(mailing_list).limit(shown))]
    return RecipientsPreview(
        list_name=mailing_list.name, total=count_active(session, mailing_list), first=first,
        by_status=dict(sorted(status_counts(session, [mailing_list.id]).items())),
        batch_size=batch_size)
