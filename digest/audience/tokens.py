"""Signed tokens in links: unsubscribe, preferences and confirmation.

A token names one purpose, one subscriber, one list and the first 16 hex
digits of the address hash, and is signed with `DIGEST_SECRET_KEY`
(itsdangerous, salted per purpose).  It cannot be guessed, cannot be edited to
point at someone else, and stops working when the subscriber's address is no
longer the one it was made for (checked by `flows.membership_for_token`).
Confirmation tokens expire (`DIGEST_CONFIRM_TOKEN_HOURS`); unsubscribe and
preference tokens do not, because old emails must keep working.
"""

from __future__ import annotations

from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

CONFIRM = "confirm"
UNSUBSCRIBE = "unsubscribe"
PREFERENCES = "preferences"
CONFIRM_MAX_AGE = 72 * 3600  # the default of DIGEST_CONFIRM_TOKEN_HOURS


class BadToken(ValueError):
    """The token was forged, altered, expired or meant for something else."""


@dataclass(frozen=True)
class TokenClaims:
    subscriber_id: int
    list_id: int
    email_hash: str


def _serializer(secret: str, purpose: str, clock: float | None) -> URLSafeTimedSerializer:
    if clock is None:
        return URLSafeTimedSerializer(secret, salt=f"digest.{purpose}")
    at = int(clock)

    class _SignerAt(TimestampSigner):
        # A fixed clock, so tests (and callers) can say when a token was made or read.
        def get_timestamp(self) -> int:
            return at

    return URLSafeTimedSerializer(secret, salt=f"digest.{purpose}", signer=_SignerAt)


def make_token(secret: str, purpose: str, claims: TokenClaims, *, now: float | None = None) -> str:
    """A URL-safe token for `purpose`; `now` (Unix seconds) defaults to the clock."""
    return _serializer(secret, purpose, now).dumps(
        [claims.subscriber_id, claims.list_id, claims.email_hash[:16]]
    )


def read_token(
    secret: str, purpose: str, token: str, *, max_age: int | None = None,
    now: float | None = None,
) -> TokenClaims:
    """The claims of a valid token; BadToken with a reason a person can read otherwise."""
    try:
        sid, lid, ehash = _serializer(secret, purpose, now).loads(token, max_age=max_age)
    except SignatureExpired:
        raise BadToken("this link has expired") from None
    except (BadSignature, ValueError, TypeError):
        raise BadToken("this link is not valid") from None
    return TokenClaims(int(sid), int(lid), str(ehash))
