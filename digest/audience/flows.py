"""What subscribers do through links and forms: join, confirm, leave.

Pure service functions for the web pages and the CLI: they take a session and
the secret key, change state through `apply_event` (so every change is
audited) and never commit; the caller owns the transaction.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.audience import tokens
from digest.audience.subscribers import (
    apply_event,
    get_or_create_subscriber,
    is_suppressed,
    normalise_email,
)
from digest.audience.tokens import BadToken, TokenClaims
from digest.audience.transitions import Event
from digest.models import MailingList, Membership, MembershipStatus, Subscriber

ONE_CLICK_BODY = ("List-Unsubscribe", "One-Click")


class AddressSuppressed(ValueError):
    """The address may never be mailed (erased, complained or blocked).

    Public pages should answer exactly as for a successful sign-up, so the form
    does not reveal who is suppressed.
    """


@dataclass(frozen=True)
class SubscribeResult:
    membership: Membership
    status: MembershipStatus
    needs_confirmation: bool  # send the confirmation email (see confirmation.py)


def request_subscription(
    session: Session, mailing_list: MailingList, raw_email: str, *, name: str = "",
    actor: str = "subscriber", now: datetime | None = None, name_known: bool = False,
) -> SubscribeResult:
    """Someone asks to join a list (public form, CLI or admin acting for them).

    Double opt-in lists (and anyone coming back after unsubscribing, bouncing or
    complaining) get `pending` and need a confirmation email; single opt-in
    lists make a new member active straight away.  Raises InvalidEmail or
    AddressSuppressed.

    Anyone can ask for any address, so `name` is kept only for a new subscriber: a
    request changes nothing in a known person's profile.  `name_known=True` (an admin
    acting for them) also gives a known person without a name this one.
    """
    email = normalise_email(raw_email)
    if is_suppressed(session, email):
        raise AddressSuppressed("this address cannot be subscribed")
    subscriber = get_or_create_subscriber(session, email, name=name, now=now,
                                          fill_name=name_known)
    change = apply_event(session, mailing_list, subscriber, Event.SUBSCRIBE, actor=actor,
                         reason="asked to subscribe", now=now)
    return SubscribeResult(change.membership, change.after,
                           change.after == MembershipStatus.PENDING)


def token_for(secret: str, purpose: str, membership: Membership, subscriber: Subscriber,
              *, now: float | None = None) -> str:
    """A link token for this member: lasting for unsubscribe/preferences, else expiring."""
    claims = TokenClaims(subscriber.id, membership.list_id, subscriber.email_hash)
    if purpose in tokens.LASTING:
        return tokens.make_link_token(secret, purpose, claims)
    return tokens.make_token(secret, purpose, claims, now=now)


def membership_for_token(
    session: Session, secret: str, purpose: str, token: str, *, max_age: int | None = None,
    now: float | None = None,
) -> Membership:
    """The membership a token names, if it is genuine and the address is still the same.

    Takes both forms (see digest.audience.tokens): lasting links sent in editions and
    itsdangerous tokens, which include links in emails sent before the lasting form.
    """
    ids = tokens.lasting_ids(token)
    if ids is not None:
        found = _membership_and_hash(session, *ids)
        if found is None or not tokens.lasting_token_matches(secret, purpose, token, found[1]):
            raise BadToken("this link is not valid")
        return found[0]
    claims = tokens.read_token(secret, purpose, token, max_age=max_age, now=now)
    found = _membership_and_hash(session, claims.subscriber_id, claims.list_id)
    if found is None or not hmac.compare_digest(found[1][:16], claims.email_hash):
        raise BadToken("this link is not valid")
    return found[0]


def _membership_and_hash(session: Session, subscriber_id: int, list_id: int
                         ) -> tuple[Membership, str] | None:
    found = session.execute(
        select(Membership, Subscriber.email_hash)
        .join(Subscriber, Subscriber.id == Membership.subscriber_id)
        .where(Membership.list_id == list_id, Membership.subscriber_id == subscriber_id)
    ).first()
    return None if found is None else (found[0], found[1])


def _event_by_token(
    session: Session, secret: str, purpose: str, token: str, event: Event, *, actor: str,
    reason: str, max_age: int | None = None, now: datetime | None = None,
) -> Membership:
    membership = membership_for_token(session, secret, purpose, token, max_age=max_age,
                                      now=None if now is None else now.timestamp())
    mailing_list = session.get(MailingList, membership.list_id)
    subscriber = session.get(Subscriber, membership.subscriber_id)
    assert mailing_list is not None and subscriber is not None
    return apply_event(session, mailing_list, subscriber, event, actor=actor, reason=reason,
                       now=now).membership


def confirm(
    session: Session, secret: str, token: str, *, max_age: int = tokens.CONFIRM_MAX_AGE,
    now: datetime | None = None,
) -> Membership:
    """Confirm a pending subscription (idempotent for an active one).

    Raises BadToken (forged, expired, other address) or TransitionRefused (the
    person unsubscribed after the link was sent).
    """
    return _event_by_token(session, secret, tokens.CONFIRM, token, Event.CONFIRM,
                           actor="subscriber", reason="confirmed by link", max_age=max_age,
                           now=now)


def unsubscribe(session: Session, secret: str, token: str, *, actor: str = "subscriber",
                reason: str = "unsubscribe link", now: datetime | None = None) -> Membership:
    """Unsubscribe the member a link names, immediately.  Raises BadToken."""
    return _event_by_token(session, secret, tokens.UNSUBSCRIBE, token, Event.UNSUBSCRIBE,
                           actor=actor, reason=reason, now=now)


@dataclass(frozen=True)
class OneClickResult:
    """What the web route answers: a status code (never a redirect) and a short text."""

    status_code: int
    message: str

    @property
    def ok(self) -> bool:
        return self.status_code == 200


def is_one_click_body(form_body: bytes | str | Mapping[str, object]) -> bool:
    """Whether a POST body is exactly `List-Unsubscribe=One-Click` (RFC 8058)."""
    if isinstance(form_body, Mapping):
        pairs: list[tuple[str, str]] = []
        for key, value in form_body.items():
            values = value if isinstance(value, list | tuple) else [value]
            pairs.extend((key, str(v)) for v in values)
    else:
        text = form_body.decode("ascii", "replace") if isinstance(form_body, bytes) else form_body
        pairs = parse_qsl(text.strip(), keep_blank_values=True)
    return pairs == [ONE_CLICK_BODY]


def unsubscribe_one_click(
    session: Session, secret: str, token: str, form_body: bytes | str | Mapping[str, object],
    *, now: datetime | None = None,
) -> OneClickResult:
    """RFC 8058 one-click unsubscribe, as Gmail and Yahoo send it.

    Needs no cookie or login (the token is the authority) and takes effect in
    this transaction.  Answers 200 also when the member had already left, 400
    for a body other than `List-Unsubscribe=One-Click`, 404 for a bad token.
    """
    if not is_one_click_body(form_body):
        return OneClickResult(400, "expected the form body List-Unsubscribe=One-Click")
    try:
        unsubscribe(session, secret, token, reason="one-click unsubscribe", now=now)
    except BadToken as exc:
        return OneClickResult(404, str(exc))
    return OneClickResult(200, "unsubscribed")
