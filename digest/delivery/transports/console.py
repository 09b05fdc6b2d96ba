"""Prints each message to standard output (for trying things out)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from digest.delivery.transports.base import Message, Recipient, SendResult
from digest.delivery.transports.mime import build_email


class ConsoleTransport:
    name = "console"
    max_batch = 1000

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def send(self, message: Message, recipients: Sequence[Recipient]) -> SendResult:
        for recipient in recipients:
            self.stream.write(build_email(message, recipient).as_string())
            self.stream.write("\n" + "-" * 72 + "\n")
        self.stream.flush()
        return SendResult(accepted=len(recipients))

    def close(self) -> None:
        pass
