"""One key per purpose, derived from `DIGEST_SECRET_KEY`.

Admin sessions, reader cookies and each kind of link token are signed with
their own key, so a signature made for one purpose is worthless for any other
and a key that leaks from one place (say, a session cookie signer) does not
sign links.  Each key is HMAC-SHA256(secret, label), the expand step of HKDF
with the secret as the pseudo-random key, which is sound because the secret
is itself random and long (see `MIN_SECRET_LENGTH`).

The labels of the lasting unsubscribe and preferences links
(`digest.link.<purpose>`) are the ones those links have always used, so every
link already sent keeps working.
"""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache

MIN_SECRET_LENGTH = 32

ADMIN_SESSION = "digest.key.admin-session"
READER_COOKIE = "digest.key.reader-cookie"


def token_label(purpose: str) -> str:
    """The label of the key that signs expiring tokens of `purpose` (confirm, archive...)."""
    return f"digest.key.token.{purpose}"


def link_label(purpose: str) -> str:
    """The label of the key that signs lasting links of `purpose` (unsubscribe, preferences)."""
    return f"digest.link.{purpose}"


@lru_cache(maxsize=64)
def derive_key(secret: str, label: str) -> bytes:
    """The 32-byte key for `label` (the same secret and label always give the same key)."""
    return hmac.digest(secret.encode("utf-8"), label.encode("utf-8"), hashlib.sha256)


def derive_text_key(secret: str, label: str) -> str:
    """`derive_key` as hex, for libraries that want a string secret (itsdangerous, Starlette)."""
    return derive_key(secret, label).hex()
