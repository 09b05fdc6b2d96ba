"""Transports by name, as `DIGEST_TRANSPORT` chooses them, and the batch size each allows.

Each transport's module is imported when first used: only the sendgrid transport's module
imports the sendgrid library, and only a deployment sending through it loads it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from digest.config import Settings
from digest.delivery.transports.base import Transport

if TYPE_CHECKING:
    from digest.delivery.transports.console import ConsoleTransport
    from digest.delivery.transports.outbox import OutboxTransport
    from digest.delivery.transports.sendgrid import SendGridTransport
    from digest.delivery.transports.smtp import SMTPTransport


def _outbox_class() -> type[OutboxTransport]:
    from digest.delivery.transports.outbox import OutboxTransport

    return OutboxTransport


def _console_class() -> type[ConsoleTransport]:
    from digest.delivery.transports.console import ConsoleTransport

    return ConsoleTransport


def _smtp_class() -> type[SMTPTransport]:
    from digest.delivery.transports.smtp import SMTPTransport

    return SMTPTransport


def _sendgrid_class() -> type[SendGridTransport]:
    from digest.delivery.transports.sendgrid import SendGridTransport

    return SendGridTransport


def _outbox(settings: Settings) -> Transport:
    return _outbox_class()(settings.data_dir / "outbox")


def _console(settings: Settings) -> Transport:
    return _console_class()()


def _smtp(settings: Settings) -> Transport:
    return _smtp_class()(settings.smtp_url)


def _sendgrid(settings: Settings) -> Transport:
    if not settings.sendgrid_api_key:
        raise ValueError("SENDGRID_API_KEY is required when DIGEST_TRANSPORT=sendgrid")
    return _sendgrid_class()(settings.sendgrid_api_key, host=settings.sendgrid_host,
                             timeout=settings.sendgrid_timeout)


TRANSPORTS: dict[str, Callable[[Settings], Transport]] = {
    "outbox": _outbox,
    "console": _console,
    "smtp": _smtp,
    "sendgrid": _sendgrid,
}
# Each transport's class, imported when asked for: `batch_size` reads its `max_batch` without
# building one (a transport may need credentials the caller does not have).
CLASSES: dict[str, Callable[[], type[Transport]]] = {
    "outbox": _outbox_class,
    "console": _console_class,
    "smtp": _smtp_class,
    "sendgrid": _sendgrid_class,
}


def _known(name: str) -> str:
    if name not in TRANSPORTS:
        raise ValueError(f"unknown transport {name!r}; choose from {sorted(TRANSPORTS)}")
    return name


def make_transport(settings: Settings, name: str | None = None) -> Transport:
    """The transport named (default: the one settings choose)."""
    return TRANSPORTS[_known(name or settings.transport)](settings)


def batch_size(settings: Settings, name: str | None = None, *,
               transport: Transport | None = None) -> int:
    """Recipients per ledger batch: DIGEST_SEND_BATCH_SIZE, but never more than one `send`
    of the transport may carry (SMTP's 100: a connection lost mid-batch leaves the copies
    it sent undecided, and the ledger reports rather than resends them, so its batches stay
    small). The transport is `transport` when one is built, else the one named (default:
    the one settings choose)."""
    if transport is None:
        limit = CLASSES[_known(name or settings.transport)]().max_batch
    else:
        limit = transport.max_batch
    return min(settings.send_batch_size, limit)
