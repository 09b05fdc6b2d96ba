"""What an admin can do to many members at once: unsubscribe, suppress, or delete the
person keeping a suppression.  One registry entry per action; each is audited under the
admin's name, with the reason the admin gave."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.audience.privacy import forget
from digest.audience.subscribers import set_status
from digest.audience.transitions import TransitionRefused
from digest.models import AuditEntry, Membership, MembershipStatus, Subscriber, Suppression


@dataclass
class BulkOutcome:
    done: int = 0
    refused: list[str] | None = None
    outbox: Path | None = None  # where a deleted person's copies are scrubbed too

    def refuse(self, why: str) -> None:
        self.refused = [*(self.refused or []), why]


def _unsubscribe(session: Session, membership: Membership, actor: str, reason: str,
                 outcome: BulkOutcome) -> None:
    try:
        if set_status(session, membership, MembershipStatus.UNSUBSCRIBED, actor=actor,
                      reason=reason):
            outcome.done += 1
    except TransitionRefused as exc:
        outcome.refuse(str(exc))


def _suppress(session: Session, membership: Membership, actor: str, reason: str,
              outcome: BulkOutcome) -> None:
    subscriber = session.get(Subscriber, membership.subscriber_id)
    if subscriber is None or session.scalar(select(Suppression.id).where(
            Suppression.email_hash == subscriber.email_hash)) is not None:
        return
    session.add(Suppression(email_hash=subscriber.email_hash, reason=reason[:100]))
    session.add(AuditEntry(actor=actor, action="suppressed", subject_type="subscriber",
                           subject_id=subscriber.id, detail={"reason": reason}))
    session.flush()
    outcome.done += 1


def _delete(session: Session, membership: Membership, actor: str, reason: str,
            outcome: BulkOutcome) -> None:
    subscriber = session.get(Subscriber, membership.subscriber_id)
    if subscriber is not None and forget(session, subscriber.email, actor=actor,
                                         outbox=outcome.outbox):
        outcome.done += 1


Action = Callable[[Session, Membership, str, str, BulkOutcome], None]
BULK_ACTIONS: dict[str, tuple[str, Action]] = {
    "unsubscribe": ("Unsubscribe from the list", _unsubscribe),
    "suppress": ("Suppress the address (no mail on any list)", _suppress),
    "delete": ("Delete the person, keep a suppression", _delete),
}


def apply_bulk(session: Session, action: str, membership_ids: Iterable[int], *, actor: str,
               reason: str, outbox: Path | None = None) -> BulkOutcome:
    """Apply `action` (a key of BULK_ACTIONS) to each membership; KeyError for others.
    `outbox`: the outbox folder, whose copies to a deleted person go too (as `forget`)."""
    _, run = BULK_ACTIONS[action]
    outcome = BulkOutcome(outbox=outbox)
    for membership_id in sorted(set(membership_ids)):
        membership = session.get(Membership, membership_id)
        if membership is not None:  # a deleted person takes their other memberships along
            run(session, membership, actor, reason, outcome)
    return outcome
