"""Send a batch through SendGrid's v3 mail send, with the official `sendgrid` client.

One request carries up to 1000 personalizations (SendGrid's limit), one per
recipient, sharing one body.  Each personalization holds that recipient's
substitutions, their List-Unsubscribe headers and custom_args naming the
edition, subscriber and delivery, so webhook events map back to a delivery.

Failures become `TransportError`: timeouts, connection errors, 429 and 5xx
are transient (429 carries the wait SendGrid asked for); 400, 401, 403, 413
and other 4xx are permanent, with SendGrid's own error messages in the text.
This is the only module in the project that imports `sendgrid`.
"""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Mapping, Sequence
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.error import URLError

from python_http_client.exceptions import HTTPError
from sendgrid import SendGridAPIClient

from digest.delivery.transports.base import (
    Message,
    Recipient,
    SendResult,
    TransportError,
    html_substitutions,
    html_tokens_body,
    tokens_needing_escape,
)

MAX_PERSONALIZATIONS = 1000
ONE_CLICK = "List-Unsubscribe=One-Click"  # RFC 8058
# A reset header above this is a Unix time (SendGrid's form); below it, seconds.
_EPOCH_THRESHOLD = 1_000_000_000


def list_unsubscribe_headers(recipient: Recipient) -> dict[str, str]:
    """RFC 2369 List-Unsubscribe (+ RFC 8058 one-click when there is an https URL)."""
    targets = []
    if recipient.unsubscribe_url:
        targets.append(f"<{recipient.unsubscribe_url}>")
    if recipient.unsubscribe_mailto:
        mailto = recipient.unsubscribe_mailto
        targets.append(f"<{mailto if mailto.startswith('mailto:') else 'mailto:' + mailto}>")
    if not targets:
        return {}
    headers = {"List-Unsubscribe": ", ".join(targets)}
    if recipient.unsubscribe_url.startswith("https://"):
        headers["List-Unsubscribe-Post"] = ONE_CLICK
    return headers


def _personalization(message: Message, recipient: Recipient, twins: frozenset[str]
                     ) -> dict[str, Any]:
    to: dict[str, str] = {"email": recipient.email}
    if recipient.name:
        to["name"] = recipient.name
    item: dict[str, Any] = {
        "to": [to],
        "custom_args": {
            "edition_id": str(message.edition_id),
            "subscriber_id": str(recipient.subscriber_id),
            "delivery_id": str(recipient.delivery_id),
        },
    }
    if recipient.substitutions:
        values = {str(k): str(v) for k, v in recipient.substitutions.items()}
        item["substitutions"] = html_substitutions(values, twins) if twins else values
    headers = list_unsubscribe_headers(recipient)
    if headers:
        item["headers"] = headers
    return item


def build_payload(message: Message, recipients: Sequence[Recipient]) -> dict[str, Any]:
    """The /v3/mail/send body for one message and its batch (pure).

    Content is shared: text/plain first, then text/html (SendGrid's required
    order); an empty part is left out.  Categories keep their order, once each.
    """
    sender: dict[str, str] = {"email": message.from_email}
    if message.from_name:
        sender["name"] = message.from_name
    # SendGrid substitutes one value into every part: where a value would change when
    # escaped (a name like "<b>x</b>"), the HTML part gets a token of its own whose value
    # is escaped, so it never becomes markup.
    needing = tokens_needing_escape(r.substitutions for r in recipients)
    twins = frozenset(t for t in needing if t in message.html)
    html = html_tokens_body(message.html, twins) if twins else message.html
    content = [
        {"type": kind, "value": value}
        for kind, value in (("text/plain", message.text), ("text/html", html))
        if value
    ]
    payload: dict[str, Any] = {
        "personalizations": [_personalization(message, r, twins) for r in recipients],
        "from": sender,
        "subject": message.subject,
        "content": content,
    }
    if message.reply_to:
        payload["reply_to"] = {"email": message.reply_to}
    if message.categories:
        payload["categories"] = list(dict.fromkeys(message.categories))
    if message.list_id:
        payload["headers"] = {"List-Id": message.list_id}
    return payload


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """The wait a response asked for: Retry-After (seconds or HTTP date), else
    X-RateLimit-Reset (SendGrid sends a Unix time); None when neither is usable."""
    current = time.time() if now is None else now
    retry_after = headers.get("Retry-After")
    if retry_after:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            try:
                return max(0.0, parsedate_to_datetime(retry_after).timestamp() - current)
            except (TypeError, ValueError):
                pass
    reset = headers.get("X-RateLimit-Reset")
    if reset:
        try:
            value = float(reset)
        except ValueError:
            return None
        return max(0.0, value - current) if value > _EPOCH_THRESHOLD else max(0.0, value)
    return None


def error_messages(body: bytes | str | None) -> str:
    """SendGrid's {"errors": [{"message", "field"}]} as one line; raw text otherwise."""
    if not body:
        return ""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        errors = json.loads(text)["errors"]
        parts = [
            f"{e['field']}: {e['message']}" if e.get("field") else str(e.get("message"))
            for e in errors
        ]
    except (ValueError, KeyError, TypeError, AttributeError):
        return text[:500]
    return "; ".join(parts)


def classify_failure(
    status: int, body: bytes | str | None, headers: Mapping[str, str], now: float | None = None
) -> TransportError:
    """The TransportError for an HTTP failure status from SendGrid."""
    detail = error_messages(body)
    text = f"sendgrid answered {status}" + (f": {detail}" if detail else "")
    if status == 429 or status == 408 or status >= 500:
        return TransportError(text, permanent=False, retry_after=retry_after_seconds(headers, now))
    return TransportError(text, permanent=True)


class SendGridTransport:
    """Transport over SendGrid's v3 API (or anything speaking it, like the sink)."""

    name = "sendgrid"
    max_batch = MAX_PERSONALIZATIONS

    def __init__(
        self, api_key: str, host: str = "https://api.sendgrid.com", timeout: float = 30.0
    ) -> None:
        self._client = SendGridAPIClient(api_key=api_key, host=host.rstrip("/"))
        # SendGridAPIClient takes no timeout; its HTTP client copies this
        # attribute into every request it builds.
        self._client.client.timeout = timeout
        self._closed = False

    def send(self, message: Message, recipients: Sequence[Recipient]) -> SendResult:
        """Send one request for the whole batch; X-Message-Id is the provider id."""
        if self._closed:
            raise RuntimeError("the transport has been closed")
        if not recipients:
            return SendResult()
        if len(recipients) > self.max_batch:
            raise TransportError(
                f"a batch of {len(recipients)} exceeds SendGrid's {self.max_batch} recipients",
                permanent=True,
            )
        payload = build_payload(message, recipients)
        try:
            response = self._client.send(payload)
        except HTTPError as error:
            raise classify_failure(error.status_code, error.body, error.headers) from error
        except URLError as error:
            # urllib raises URLError only while connecting or writing the request:
            # SendGrid never received the whole body, so a retry cannot duplicate.
            raise TransportError(f"sendgrid unreachable: {error}", permanent=False) from error
        except (OSError, http.client.HTTPException) as error:
            # The request went out but the answer did not come back (read timeout,
            # reset): SendGrid may have accepted it.
            raise TransportError(f"no answer from sendgrid: {error!r}", permanent=False,
                                 maybe_delivered=True) from error
        message_id = response.headers.get("X-Message-Id", "") if response.headers else ""
        return SendResult(provider_message_id=message_id or "", accepted=len(recipients))

    def close(self) -> None:
        """Nothing is pooled (each request opens its own connection); refuse later sends."""
        self._closed = True
