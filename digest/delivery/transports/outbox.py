"""The embedded default: one .eml file per recipient in the data dir."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from digest.delivery.transports.base import Message, Recipient, SendResult, TransportError
from digest.delivery.transports.mime import build_email


class OutboxTransport:
    """Writes `<edition>-<delivery>.eml`; writing the same delivery again replaces it."""

    name = "outbox"
    max_batch = 1000

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, message: Message, recipients: Sequence[Recipient]) -> SendResult:
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # readers' mail
            for recipient in recipients:
                path = self.folder / f"{message.edition_id:06d}-{recipient.delivery_id:09d}.eml"
                tmp = path.with_suffix(".tmp")
                tmp.write_bytes(build_email(message, recipient).as_bytes())
                os.replace(tmp, path)  # atomic: a mail client never sees half a message
        except OSError as exc:
            raise TransportError(f"outbox write failed: {exc}", permanent=False) from exc
        return SendResult(provider_message_id=f"outbox-{message.edition_id}",
                          accepted=len(recipients))

    def close(self) -> None:
        pass
