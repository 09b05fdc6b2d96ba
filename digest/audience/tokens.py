"""Signed tokens in links: unsubscribe, preferences and confirmation.

Two forms, both signed with `DIGEST_SECRET_KEY` and keyed per purpose, so a token
cannot be guessed, cannot be edited to point at someone else, does not work for
another purpose, and stops working when the subscriber's address is no longer the
one it was made for (checked by `flows.membership_for_token`):

- Lasting links (unsubscribe, preferences), made for every copy of every edition:
  `<subscriber id>.<list id>.<mac>`, where mac is the first 128 bits of
  HMAC-SHA256(purpose key, "subscriber.list.address hash"), base64url.  The address
  hash is bound by the MAC but not written in the link, and making one costs one HMAC
  (see `make_link_token`).  They do not expire: old emails must keep working.
- Expiring tokens (confirmation, archive sign-in) and links made before the lasting
  form existed: itsdangerous, salted per purpose, carrying a timestamp
  (`make_token` / `read_token`).  Confirmation tokens expire
  (`DIGEST_CONFIRM_TOKEN_HOURS`).

Every key is derived from the secret per purpose (`digest.keys`).  Tokens signed
with the secret itself, before keys were derived, are still read for the purposes
that went out in emails and may still be followed: unsubscribe and preferences
links (they never expire) and confirmation links (until they expire).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

from digest.keys import derive_key, derive_text_key, link_label, token_label

CONFIRM = "confirm"
UNSUBSCRIBE = "unsubscribe"
PREFERENCES = "preferences"
CONFIRM_MAX_AGE = 72 * 3600  # the default of DIGEST_CONFIRM_TOKEN_HOURS
# Purposes whose links never expire and use the lasting form.
LASTING = frozenset({UNSUBSCRIBE, PREFERENCES})
# Purposes whose tokens signed with the undivided secret (before per-purpose keys) are
# still read: they sit in emails people may still follow.
SIGNED_BEFORE_DERIVED_KEYS = frozenset({CONFIRM, UNSUBSCRIBE, PREFERENCES})
_LASTING_FORM = re.compile(r"(\d{1,18})\.(\d{1,18})\.([A-Za-z0-9_-]{22})")


class BadToken(ValueError):
    """The token was forged, altered, expired or meant for something else."""


@dataclass(frozen=True)
class TokenClaims:
    subscriber_id: int
    list_id: int
    email_hash: str
    nonce: str = ""  # makes a single-use token tellable from its siblings (archive links)


def _serializer(key: str, purpose: str, clock: float | None) -> URLSafeTimedSerializer:
    if clock is None:
        return URLSafeTimedSerializer(key, salt=f"digest.{purpose}")
    at = int(clock)

    class _SignerAt(TimestampSigner):
        # A fixed clock, so tests (and callers) can say when a token was made or read.
        def get_timestamp(self) -> int:
            return at

    return URLSafeTimedSerializer(key, salt=f"digest.{purpose}", signer=_SignerAt)


def make_token(secret: str, purpose: str, claims: TokenClaims, *, now: float | None = None) -> str:
    """A URL-safe token for `purpose`; `now` (Unix seconds) defaults to the clock."""
    payload: list[int | str] = [claims.subscriber_id, claims.list_id, claims.email_hash[:16]]
    if claims.nonce:
        payload.append(claims.nonce)
    return _serializer(derive_text_key(secret, token_label(purpose)), purpose, now).dumps(payload)


def read_token(
    secret: str, purpose: str, token: str, *, max_age: int | None = None,
    now: float | None = None,
) -> TokenClaims:
    """The claims of a valid token; BadToken with a reason a person can read otherwise."""
    keys = [derive_text_key(secret, token_label(purpose))]
    if purpose in SIGNED_BEFORE_DERIVED_KEYS:
        keys.append(secret)
    for key in keys:
        try:
            payload = _serializer(key, purpose, now).loads(token, max_age=max_age)
        except SignatureExpired:
            raise BadToken("this link has expired") from None
        except BadSignature:
            continue
        try:
            sid, lid, ehash, *rest = payload
            return TokenClaims(int(sid), int(lid), str(ehash), str(rest[0]) if rest else "")
        except (ValueError, TypeError, IndexError):
            break
    raise BadToken("this link is not valid")


def _purpose_key(secret: str, purpose: str) -> bytes:
    # One key per purpose, so an unsubscribe link never works as a preferences link.
    return derive_key(secret, link_label(purpose))


def _mac(secret: str, purpose: str, subscriber_id: int, list_id: int, email_hash: str) -> str:
    message = f"{subscriber_id}.{list_id}.{email_hash}".encode()
    digest = hmac.digest(_purpose_key(secret, purpose), message, hashlib.sha256)
    return base64.urlsafe_b64encode(digest[:16]).rstrip(b"=").decode()


def make_link_token(secret: str, purpose: str, claims: TokenClaims) -> str:
    """A lasting, URL-safe token for an unsubscribe or preferences link (one HMAC)."""
    if purpose not in LASTING:
        raise ValueError(f"{purpose!r} links expire: use make_token")
    mac = _mac(secret, purpose, claims.subscriber_id, claims.list_id, claims.email_hash)
    return f"{claims.subscriber_id}.{claims.list_id}.{mac}"


def lasting_ids(token: str) -> tuple[int, int] | None:
    """(subscriber id, list id) named by a token in the lasting form; None for other forms.

    Says nothing about whether the token is genuine: `lasting_token_matches` does.
    """
    found = _LASTING_FORM.fullmatch(token)
    return (int(found[1]), int(found[2])) if found else None


def lasting_token_matches(secret: str, purpose: str, token: str, email_hash: str) -> bool:
    """True when `token` is a lasting token for `purpose`, signed for this address."""
    ids = lasting_ids(token)
    if ids is None or purpose not in LASTING:
        return False
    expected = _mac(secret, purpose, ids[0], ids[1], email_hash)
    return hmac.compare_digest(expected, token.rsplit(".", 1)[1])
