"""Archive readers: magic sign-in links and the reader cookie (separate from admin sessions).

A magic link is an audience token of purpose "archive" (bound to the subscriber
and their address, expiring after `DIGEST_ARCHIVE_LINK_MINUTES`) carrying a
random nonce.  Following it shows a page with a button (mail scanners open links
too); pressing it uses the link up (`use_link` records the nonce, so it works
once) and sets the `digest_reader` cookie: the subscriber id and address hash,
signed with the reader-cookie key and valid for `DIGEST_READER_SESSION_DAYS`.
Changing address ends both.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import timedelta

from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.responses import Response

from digest.audience import tokens
from digest.audience.tokens import TokenClaims
from digest.config import Settings
from digest.keys import READER_COOKIE, derive_text_key
from digest.models import Subscriber, UsedSignInLink, utcnow

ARCHIVE = "archive"
COOKIE = "digest_reader"
# Used links are remembered this long past their lifetime (then they are dead anyway).
USED_LINK_MARGIN = timedelta(days=1)


def magic_link(settings: Settings, subscriber: Subscriber, *, now: float | None = None) -> str:
    claims = TokenClaims(subscriber.id, 0, subscriber.email_hash, secrets.token_urlsafe(12))
    token = tokens.make_token(settings.ensure_secret_key(), ARCHIVE, claims, now=now)
    return f"{settings.base_url}/archive/sign-in/{token}"


def _claims(settings: Settings, token: str) -> TokenClaims:
    claims = tokens.read_token(settings.ensure_secret_key(), ARCHIVE, token,
                               max_age=settings.archive_link_minutes * 60)
    if not claims.nonce:
        raise tokens.BadToken("this link is not valid")
    return claims


def subscriber_for_link(session: Session, settings: Settings, token: str) -> Subscriber:
    """The subscriber a magic link names; BadToken when forged, expired or re-addressed.

    Does not use the link up: see `use_link`.
    """
    claims = _claims(settings, token)
    subscriber = session.get(Subscriber, claims.subscriber_id)
    if subscriber is None or not hmac.compare_digest(subscriber.email_hash[:16],
                                                     claims.email_hash):
        raise tokens.BadToken("this link is not valid")
    if session.get(UsedSignInLink, claims.nonce) is not None:
        raise tokens.BadToken("this link has already been used")
    return subscriber


def use_link(session: Session, settings: Settings, token: str) -> Subscriber:
    """Check a magic link and use it up; BadToken when it is bad or was used before.

    The use is recorded in its own committed transaction before the subscriber is
    returned, so of two requests racing with one link exactly one gets through.
    """
    subscriber = subscriber_for_link(session, settings, token)
    now = utcnow()
    lifetime = timedelta(minutes=settings.archive_link_minutes) + USED_LINK_MARGIN
    with Session(bind=session.get_bind()) as record:
        try:
            with record.begin():
                record.add(UsedSignInLink(nonce=_claims(settings, token).nonce,
                                          subscriber_id=subscriber.id, used_at=now))
        except IntegrityError:
            raise tokens.BadToken("this link has already been used") from None
        with record.begin():
            record.execute(delete(UsedSignInLink).where(UsedSignInLink.used_at < now - lifetime))
    return subscriber


def _serializer(settings: Settings) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(derive_text_key(settings.ensure_secret_key(), READER_COOKIE),
                                  salt="digest.reader")


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
