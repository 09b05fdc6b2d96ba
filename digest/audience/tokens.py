"""Signed tokens in links: unsubscribe, preferences and confirmation.

A token names one purpose, one subscriber and one list and is signed with
`DIGEST_SECRET_KEY`, so it cannot be guessed or reused for another address.
"""

from __future__ import annotations

from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

CONFIRM_MAX_AGE = 7 * 24 * 3600


class BadToken(ValueError):
    """The token was forged, altered, expired or meant for something else."""


@dataclass(frozen=True)
class TokenClaims:
    subscriber_id: int
    list_id: int
    email_hash: str


def _serializer(secret: str, purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=f"digest.{purpose}")


def make_token(secret: str, purpose: str, claims: TokenClaims) -> str:
    return _serializer(secret, purpose).dumps(
        [claims.subscriber_id, claims.list_id, claims.email_hash[:16]]
    )


def read_token(secret: str, purpose: str, token: str, *, max_age: int | None = None) -> TokenClaims:
    """The claims of a valid token; BadToken with a reason a person can read otherwise."""
    try:
        sid, lid, ehash = _serializer(secret, purpose).loads(token, max_age=max_age)
    except SignatureExpired:
        raise BadToken("this link has expired") from None
    except (BadSignature, ValueError, TypeError):
        raise BadToken("this link is not valid") from None
    return TokenClaims(int(sid), int(lid), str(ehash))
