"""SMTP with STARTTLS or TLS, one connection reused for a batch."""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from collections.abc import Sequence
from urllib.parse import parse_qsl, unquote, urlsplit

from digest.delivery.transports.base import Message, Recipient, SendResult, TransportError
from digest.delivery.transports.mime import build_email


class SMTPTransport:
    """`smtp://user:pass@host:587` uses STARTTLS when offered; `smtps://` is TLS from the start.

    `smtp://...?starttls=require` refuses to send in the clear.  A URL with a password
    requires STARTTLS too: the password is never sent over a connection an attacker
    could read (or strip STARTTLS from), unless the URL says `?insecure=1`.
    """

    name = "smtp"
    max_batch = 100

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        parts = urlsplit(url)
        if parts.scheme not in {"smtp", "smtps"} or not parts.hostname:
            raise ValueError("DIGEST_SMTP_URL must look like smtp://user:pass@host:587")
        self.tls = parts.scheme == "smtps"
        query = dict(parse_qsl(parts.query))
        self.host = parts.hostname
        self.port = parts.port or (465 if self.tls else 25)
        self.user = unquote(parts.username or "")
        self.password = unquote(parts.password or "")
        insecure = query.get("insecure", "") in {"1", "true", "yes"}
        self.require_starttls = query.get("starttls") == "require" or (
            bool(self.password) and not insecure)
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
                raise TransportError(
                    f"the SMTP server {self.host}:{self.port} does not offer STARTTLS, so "
                    "digest will not send" + (" the password" if self.password else " mail")
                    + " in the clear (use smtps://, a server with STARTTLS, or add "
                    "?insecure=1 to DIGEST_SMTP_URL to allow it)", permanent=True)
        if self.user:
            conn.login(self.user, self.password)
        return conn

    def send(self, message: Message, recipients: Sequence[Recipient]) -> SendResult:
        """Send each copy over one connection.

        A failure after some copies went out is `maybe_delivered`: resending the
        batch would mail those readers twice, so the ledger reports it instead.  A
        recipient the server refuses (RCPT TO), or whose copy it refuses for good (a 5xx
        answer to DATA), is reported in `SendResult.refused` and the others are still
        sent; when the server refuses every copy for good, the batch fails as permanent.
        """
        handed_over = 0
        refused: dict[int, str] = {}
        last_refusal: smtplib.SMTPDataError | None = None
        try:
            conn = self._connect()
            try:
                for recipient in recipients:
                    try:
                        conn.send_message(build_email(message, recipient))
                    except smtplib.SMTPRecipientsRefused as exc:
                        refused[recipient.delivery_id] = f"SMTP refused the recipient: " \
                            f"{list(exc.recipients.values())}"
                        continue
                    except smtplib.SMTPDataError as exc:
                        if not 500 <= exc.smtp_code < 600:
                            raise  # a temporary refusal: the batch's fate below
                        # smtplib has reset the session: the next copy can go.
                        refused[recipient.delivery_id] = (
                            f"SMTP {exc.smtp_code} refused the copy: {exc.smtp_error!r}")
                        last_refusal = exc
                        continue
                    handed_over += 1
                if last_refusal is not None and len(refused) == len(recipients):
                    raise last_refusal  # not one copy taken: the message itself is refused
            finally:
                with contextlib.suppress(smtplib.SMTPException, OSError):
                    conn.quit()
        except smtplib.SMTPAuthenticationError as exc:
            raise TransportError(f"SMTP authentication failed: {exc}", permanent=True) from exc
        except smtplib.SMTPResponseException as exc:
            permanent = 500 <= exc.smtp_code < 600 and not handed_over
            raise TransportError(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}"
                                 + _partial(handed_over, recipients), permanent=permanent,
                                 maybe_delivered=handed_over > 0) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise TransportError(f"SMTP error: {exc}" + _partial(handed_over, recipients),
                                 permanent=False, maybe_delivered=handed_over > 0) from exc
        return SendResult(accepted=handed_over, refused=refused)

    def close(self) -> None:
        pass


def _partial(handed_over: int, recipients: Sequence[Recipient]) -> str:
    return f" after {handed_over} of {len(recipients)} copies" if handed_over else ""
