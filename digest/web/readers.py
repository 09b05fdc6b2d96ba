"""Archive readers: magic sign-in links and the reader cookie (separate from admin sessions).

A magic link is an audience token of purpose "archive" (bound to the subscriber
and their address, expiring after `DIGEST_ARCHIVE_LINK_MINUTES`).  Following it
sets the `digest_reader` cookie: the subscriber id and address hash, signed and
valid for `DIGEST_READER_SESSION_DAYS`.  Changing address ends both.
"""

from __future__ import annotations

import hmac

from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.orm import Session
from starlette.responses import Response

from digest.audience import tokens
from digest.audience.tokens import TokenClaims
from digest.config import Settings
from digest.models import Subscriber

ARCHIVE = "archive"
COOKIE = "digest_reader"


def magic_link(settings: Settings, subscriber: Subscriber, *, now: float | None = None) -> str:
    claims = TokenClaims(subscriber.id, 0, subscriber.email_hash)
    token = tokens.make_token(settings.ensure_secret_key(), ARCHIVE, claims, now=now)
    return f"{settings.base_url}/archive/sign-in/{token}"


def subscriber_for_link(session: Session, settings: Settings, token: str) -> Subscriber:
    """The subscriber a magic link names; BadToken when forged, expired or re-addressed."""
    claims = tokens.read_token(settings.ensure_secret_key(), ARCHIVE, token,
                               max_age=settings.archive_link_minutes * 60)
    subscriber = session.get(Subscriber, claims.subscriber_id)
    if subscriber is None or not hmac.compare_digest(subscriber.email_hash[:16],
                                                     claims.email_hash):
        raise tokens.BadToken("this link is not valid")
    return subscriber


def _serializer(settings: Settings) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(settings.ensure_secret_key(), salt="digest.reader")


def sign_in(response: Response, settings: Settings, subscriber: Subscriber) -> None:
    value = _serializer(settings).dumps([subscriber.id, subscriber.email_hash[:16]])
    response.set_cookie(COOKIE, value, max_age=settings.reader_session_days * 86400,
                        httponly=True, samesite="lax",
                        secure=settings.base_url.startswith("https://"))


def sign_out(response: Response) -> None:
    response.delete_cookie(COOKIE)


def current_reader(request: Request, session: Session) -> Subscriber | None:
    """The signed-in reader, or None (no cookie, bad or old cookie, changed address)."""
    settings: Settings = request.app.state.settings
    value = request.cookies.get(COOKIE, "")
    if not value:
        return None
    try:
        subscriber_id, short_hash = _serializer(settings).loads(
            value, max_age=settings.reader_session_days * 86400)
    except (BadSignature, ValueError, TypeError):
        return None
    subscriber = session.get(Subscriber, int(subscriber_id))
    if subscriber is None or not hmac.compare_digest(subscriber.email_hash[:16], str(short_hash)):
        return None
    return subscriber
