"""SMTP with STARTTLS or TLS, one connection reused for a batch."""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from digest.delivery.transports.base import Message, Recipient, SendResult, TransportError
from digest.delivery.transports.mime import build_email


class SMTPTransport:
    """`smtp://user:pass@host:587` uses STARTTLS when offered; `smtps://` is TLS from the start.

    `smtp://...?starttls=require` refuses to send in the clear.
    """

    name = "smtp"
    max_batch = 100

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        parts = urlsplit(url)
        if parts.scheme not in {"smtp", "smtps"} or not parts.hostname:
            raise ValueError("DIGEST_SMTP_URL must look like smtp://user:pass@host:587")
        self.tls = parts.scheme == "smtps"
        self.require_starttls = "starttls=require" in parts.query
        self.host = parts.hostname
        self.port = parts.port or (465 if self.tls else 25)
        self.user = unquote(parts.username or "")
        self.password = unquote(parts.password or "")
        self.timeout = timeout

    def _connect(self) -> smtplib.SMTP:
        context = ssl.create_default_context()
        if self.tls:
            conn: smtplib.SMTP = smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=context)
        else:
            conn = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            conn.ehlo()
            if conn.has_extn("starttls"):
                conn.starttls(context=context)
                conn.ehlo()
            elif self.require_starttls:
                conn.quit()
                raise TransportError("server does not offer STARTTLS", permanent=True)
        if self.user:
            conn.login(self.user, self.password)
        return conn

    def send(self, message: Message, recipients: Sequence[Recipient]) -> SendResult:
        try:
            conn = self._connect()
            try:
                for recipient in recipients:
                    conn.send_message(build_email(message, recipient))
            finally:
                try:
                    conn.quit()
                except smtplib.SMTPException:
                    pass
        except smtplib.SMTPAuthenticationError as exc:
            raise TransportError(f"SMTP authentication failed: {exc}", permanent=True) from exc
        except smtplib.SMTPResponseException as exc:
            permanent = 500 <= exc.smtp_code < 600
            raise TransportError(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}",
                                 permanent=permanent) from exc
        except (smtplib.SMTPException, OSError, socket.timeout) as exc:
            raise TransportError(f"SMTP error: {exc}", permanent=False) from exc
        return SendResult(accepted=len(recipients))

    def close(self) -> None:
        pass
