"""Finding and scrubbing a person's traces outside their own rows (for `privacy.forget`).

A person shows up in more places than their subscriber row: audit entries about them
(admin edits, status reasons), audit entries that merely mention their address (a test
send to it, a reason typed on someone else's row), provider events sent with their
address in any case or with spaces around it (opens and clicks carry an IP address and a
user agent), billing calls, and copies written to the outbox.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Text, cast, func, or_, select, update
from sqlalchemy.orm import Session

from digest.models import AuditEntry, WebhookEvent

ERASED = "[erased]"
# What an audit entry about the person keeps: who did what when, no free text.
STRUCTURAL_KEYS = frozenset({"from", "to", "event", "list_id", "subscriber_id", "pk"})


def events_of(email_key: str, delivery_ids: Collection[int]) -> ColumnElement[bool]:
    """Webhook events about the person: their address in any case or spacing, or naming
    one of their deliveries."""
    match: ColumnElement[bool] = func.lower(func.trim(WebhookEvent.email)) == email_key
    if delivery_ids:
        match = or_(match, WebhookEvent.delivery_id.in_(sorted(delivery_ids)))
    return match


def blank_events(session: Session, email_key: str, delivery_ids: Collection[int]) -> None:
    """Drop address, IP, user agent and every other field of the person's events; the
    event type, edition and delivery number stay for the edition's counts."""
    session.execute(update(WebhookEvent).where(events_of(email_key, delivery_ids))
                    .values(email="", payload={})
                    .execution_options(synchronize_session=False))


def _scrubbed(value: Any, address: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return address.sub(ERASED, value)
    if isinstance(value, list):
        return [_scrubbed(v, address) for v in value]
    if isinstance(value, dict):
        return {k: _scrubbed(v, address) for k, v in value.items()}
    return value


def scrub_audit(session: Session, email_key: str, *, subscriber_id: int | None,
                membership_ids: Collection[int]) -> None:
    """Entries about the person keep only their structure; any other entry naming the
    address has it replaced by "[erased]"."""
    about: list[ColumnElement[bool]] = []
    if subscriber_id is not None:
        about.append((AuditEntry.subject_type == "subscriber")
                     & (AuditEntry.subject_id == subscriber_id))
    if membership_ids:
        about.append((AuditEntry.subject_type == "membership")
                     & AuditEntry.subject_id.in_(sorted(membership_ids)))
    for entry in session.scalars(select(AuditEntry).where(or_(*about))) if about else ():
        entry.detail = {k: v for k, v in (entry.detail or {}).items() if k in STRUCTURAL_KEYS}
    address = re.compile(re.escape(email_key), re.IGNORECASE)
    mentioning = or_(func.lower(cast(AuditEntry.detail, Text)).contains(email_key),
                     func.lower(AuditEntry.actor).contains(email_key))
    for entry in session.scalars(select(AuditEntry).where(mentioning)):
        entry.detail = _scrubbed(entry.detail or {}, address)
        entry.actor = address.sub(ERASED, entry.actor)


def remove_outbox_copies(folder: Path | None, email_key: str) -> int:
    """Delete the outbox files addressed to the person (editions, test sends,
    confirmations, sign-in links); how many."""
    if folder is None or not folder.is_dir():
        return 0
    removed = 0
    for path in folder.glob("*.eml"):
        if _addressed_to(path, email_key):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _addressed_to(path: Path, email_key: str) -> bool:
    with path.open("rb") as handle:
        headers = BytesHeaderParser().parse(handle)
    found = getaddresses([str(v) for v in headers.get_all("To", []) + headers.get_all("Cc", [])])
    return any(address.strip().lower() == email_key for _, address in found)
