"""Transports by name, as `DIGEST_TRANSPORT` chooses them."""

from __future__ import annotations

from collections.abc import Callable

from digest.config import Settings
from digest.delivery.transports.base import Transport


def _outbox(settings: Settings) -> Transport:
    from digest.delivery.transports.outbox import OutboxTransport

    return OutboxTransport(settings.data_dir / "outbox")


def _console(settings: Settings) -> Transport:
    from digest.delivery.transports.console import ConsoleTransport

    return ConsoleTransport()


def _smtp(settings: Settings) -> Transport:
    from digest.delivery.transports.smtp import SMTPTransport

    return SMTPTransport(settings.smtp_url)


def _sendgrid(settings: Settings) -> Transport:
    # Imported lazily: only this transport's module imports the sendgrid library.
    from digest.delivery.transports.sendgrid import SendGridTransport

    if not settings.sendgrid_api_key:
        raise ValueError("SENDGRID_API_KEY is required when DIGEST_TRANSPORT=sendgrid")
    return SendGridTransport(settings.sendgrid_api_key, host=settings.sendgrid_host,
                             timeout=settings.sendgrid_timeout)


TRANSPORTS: dict[str, Callable[[Settings], Transport]] = {
    "outbox": _outbox,
    "console": _console,
    "smtp": _smtp,
    "sendgrid": _sendgrid,
}


def make_transport(settings: Settings, name: str | None = None) -> Transport:
    """The transport named (default: the one settings choose)."""
    chosen = name or settings.transport
    try:
        factory = TRANSPORTS[chosen]
    except KeyError:
        known = sorted(TRANSPORTS)
        raise ValueError(f"unknown transport {chosen!r}; choose from {known}") from None
    return factory(settings)
