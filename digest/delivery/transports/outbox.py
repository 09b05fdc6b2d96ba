"""The embedded default: one .eml file per message and recipient in the data dir."""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

from digest.delivery.transports.base import Message, Recipient, SendResult, TransportError
from digest.delivery.transports.mime import build_email

# Numbers messages written by this process, so names also sort in writing order.
_COUNTER = itertools.count()


def message_name(edition_id: int, delivery_id: int) -> str:
    """`<edition>-<delivery>-<counter>-<random>.eml`: unique per message, even when two
    messages share an edition and delivery number (e.g. a confirmation email and an archive
    sign-in link, both edition 0 for the same person) or two processes write at once."""
    return (f"{edition_id:06d}-{delivery_id:09d}-{next(_COUNTER):06d}-"
            f"{uuid.uuid4().hex[:12]}.eml")


def write_new(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` as a new file `name` in `folder`; never replaces an existing file.

    The bytes go to a temporary file first and are then hard-linked into place, which
    fails rather than overwrites (like O_EXCL), so a mail client never sees half a message
    and no message ever replaces another."""
    path = folder / name
    tmp = folder / f".{name}.{uuid.uuid4().hex}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


class OutboxTransport:
    """Writes one new file per message and recipient (see `message_name`); nothing is
    ever overwritten, so the outbox holds every message sent through it."""

    name = "outbox"
    max_batch = 1000

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, message: Message, recipients: Sequence[Recipient]) -> SendResult:
        """Write each copy. A write failing after some copies were written is
        `maybe_delivered` (names are never reused, so a retry would write those readers'
        copies again); one failing before any was written is safe to retry."""
        written = 0
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # readers' mail
            for recipient in recipients:
                write_new(self.folder, message_name(message.edition_id, recipient.delivery_id),
                          build_email(message, recipient).as_bytes())
                written += 1
        except OSError as exc:
            partial = f" after {written} of {len(recipients)} copies" if written else ""
            raise TransportError(f"outbox write failed: {exc}{partial}", permanent=False,
                                 maybe_delivered=written > 0) from exc
        return SendResult(provider_message_id=f"outbox-{message.edition_id}",
                          accepted=len(recipients))

    def close(self) -> None:
        pass
