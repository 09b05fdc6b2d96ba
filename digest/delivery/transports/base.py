"""The one contract every transport keeps.

A transport receives one rendered message (subject, HTML and text that still
contain personalisation tokens) and a batch of recipients, each with the values
for those tokens.  It either accepts the whole batch or raises `TransportError`
saying whether trying again could help.  Transports never touch the database:
the send ledger around them decides who is in a batch and records the outcome.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Protocol


@dataclass(frozen=True)
class Recipient:
    """One person in a batch, with the values that personalise their copy."""

    delivery_id: int
    subscriber_id: int
    email: str
    name: str = ""
    # Token -> value, e.g. {"-unsubscribe_url-": "https://...", "-name-": "Rana"}.
    substitutions: Mapping[str, str] = field(default_factory=dict)
    # RFC 2369 / RFC 8058 targets for this recipient.
    unsubscribe_url: str = ""
    unsubscribe_mailto: str = ""


@dataclass(frozen=True)
class Message:
    """An edition rendered once, shared by every recipient of a batch."""

    edition_id: int
    subject: str
    html: str
    text: str
    from_email: str
    from_name: str = ""
    reply_to: str = ""
    categories: tuple[str, ...] = ()
    list_id: str = ""  # RFC 2919 List-Id value, e.g. "Syria digest <syria.digest.example.org>"


@dataclass(frozen=True)
class SendResult:
    """What the provider said when it accepted a batch."""

    provider_message_id: str = ""
    accepted: int = 0
    # delivery id -> reason, for recipients the provider refused while taking the others.
    refused: Mapping[int, str] = field(default_factory=dict)


class TransportError(Exception):
    """A batch was not accepted.

    `permanent` is True when sending the same batch again cannot succeed
    (bad request, bad credentials, too large); False for timeouts, 429 and 5xx.
    `retry_after` is the provider's hint in seconds, when it gave one.
    `maybe_delivered` is True when the whole request went out but no answer came
    back (a read timeout, a reset): the provider may have accepted the batch, so
    sending it again could mail everyone twice.
    """

    def __init__(self, message: str, *, permanent: bool, retry_after: float | None = None,
                 maybe_delivered: bool = False):
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after
        self.maybe_delivered = maybe_delivered


class Transport(Protocol):
    """Sends one message to a batch of recipients."""

    name: str
    max_batch: int  # the most recipients one `send` call may carry

    def send(self, message: Message, recipients: Sequence[Recipient]) -> SendResult: ...

    def close(self) -> None: ...


def _one_pass(body: str, values: Mapping[str, str]) -> str:
    """Every token replaced in one pass: a value (a name) is never scanned for tokens again."""
    if not values:
        return body
    pattern = re.compile("|".join(re.escape(t) for t in sorted(values, key=len, reverse=True)))
    return pattern.sub(lambda found: values[found.group()], body)


def personalise(text: str, substitutions: Mapping[str, str]) -> str:
    """Replace each token with its value, as is: for plain text only (see `personalise_html`)."""
    return _one_pass(text, substitutions)


def personalise_html(html: str, substitutions: Mapping[str, str]) -> str:
    """Replace each token with its HTML-escaped value, so a name never becomes markup."""
    return _one_pass(html, {token: escape(value) for token, value in substitutions.items()})


def html_token(token: str) -> str:
    """The name a token takes in an HTML body sent for server-side substitution.

    Providers substitute the same value into every part, so the HTML part gets its own
    token whose value is escaped: "-name-" becomes "-name.html-".
    """
    return token[:-1] + ".html" + token[-1:] if len(token) > 1 else token + ".html"


def html_tokens_body(html: str, tokens: Iterable[str]) -> str:
    """The HTML body with each token renamed to its `html_token` (once per batch)."""
    for token in tokens:
        html = html.replace(token, html_token(token))
    return html


def html_substitutions(substitutions: Mapping[str, str],
                       twins: Iterable[str] | None = None) -> dict[str, str]:
    """Plain and HTML-escaped values, for a body prepared by `html_tokens_body`.

    `twins`: the tokens renamed in the body (default: all of them).
    """
    names = substitutions.keys() if twins is None else twins
    return {**substitutions,
            **{html_token(k): escape(substitutions[k]) for k in names if k in substitutions}}


def tokens_needing_escape(values: Iterable[Mapping[str, str]]) -> set[str]:
    """Tokens whose value, for at least one recipient, changes when HTML-escaped.

    Only these need an escaped twin; a signed URL made of URL-safe characters reads
    the same in both parts, so it is sent once per recipient instead of twice.
    """
    found: set[str] = set()
    for substitutions in values:
        for token, value in substitutions.items():
            if token not in found and escape(value) != value:
                found.add(token)
    return found
