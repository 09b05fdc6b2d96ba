"""Verify SendGrid's Signed Event Webhook.

SendGrid signs every event POST with ECDSA over P-256 / SHA-256.  The signed
message is the `X-Twilio-Email-Event-Webhook-Timestamp` header value followed
by the raw request body, byte for byte (the body ends in CRLF; re-serialising
the JSON breaks the signature).  The signature header holds the base64 of a
DER-encoded ECDSA signature; the public key shown in SendGrid's settings is the
base64 of a DER SubjectPublicKeyInfo.

`check_signature` raises `SignatureRejected` saying why; `verify_signature`
is the yes/no form for a web handler.  A public key that cannot be loaded is a
settings mistake, not a bad request, so both raise `InvalidPublicKey` for it.
"""

from __future__ import annotations

import base64
import binascii
import time

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"
DEFAULT_MAX_AGE_SECONDS = 600


class InvalidPublicKey(ValueError):
    """The configured verification key is not a P-256 public key."""


class SignatureRejected(ValueError):
    """A webhook request failed verification; `reason` is a short machine word."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason  # "malformed", "stale" or "mismatch"


def load_public_key(public_key_b64: str) -> ec.EllipticCurvePublicKey:
    """Load SendGrid's verification key: base64 SPKI DER, or a PEM block."""
    text = public_key_b64.strip()
    try:
        if text.startswith("-----BEGIN"):
            key = serialization.load_pem_public_key(text.encode("ascii"))
        else:
            key = serialization.load_der_public_key(base64.b64decode(text, validate=True))
    except (ValueError, binascii.Error, TypeError) as error:
        raise InvalidPublicKey(f"cannot load the webhook public key: {error}") from error
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        raise InvalidPublicKey("the webhook public key is not an ECDSA P-256 key")
    return key


def check_signature(
    public_key_b64: str,
    payload: bytes,
    signature_b64: str,
    timestamp: str,
    *,
    now: float | None = None,
    max_age_seconds: int = DEFAULT_MAX_AGE_SECONDS,
) -> None:
    """Return quietly when `payload` is a fresh, genuinely signed SendGrid post.

    Raises `SignatureRejected` when the timestamp is not a number, lies more
    than `max_age_seconds` from `now` (either side: clocks drift, replays are
    old), or the signature is malformed or does not match.
    """
    key = load_public_key(public_key_b64)
    try:
        signed_at = int(timestamp.strip())
    except ValueError:
        raise SignatureRejected("malformed", f"timestamp {timestamp!r} is not a number") from None
    current = time.time() if now is None else now
    if abs(current - signed_at) > max_age_seconds:
        raise SignatureRejected(
            "stale", f"timestamp is {current - signed_at:.0f}s from now (limit {max_age_seconds}s)"
        )
    try:
        signature = base64.b64decode(signature_b64.strip(), validate=True)
    except (ValueError, binascii.Error):
        raise SignatureRejected("malformed", "signature is not base64") from None
    try:
        key.verify(signature, timestamp.encode("utf-8") + payload, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise SignatureRejected("mismatch", "signature does not match the payload") from None
    except ValueError as error:  # cryptography raises this for undecodable DER
        raise SignatureRejected("malformed", f"signature is not DER: {error}") from None


def verify_signature(
    public_key_b64: str,
    payload: bytes,
    signature_b64: str,
    timestamp: str,
    *,
    now: float | None = None,
    max_age_seconds: int = DEFAULT_MAX_AGE_SECONDS,
) -> bool:
    """True when the post is fresh and signed by the key; False otherwise.

    Raises `InvalidPublicKey` only for a broken configured key.
    """
    try:
        check_signature(
            public_key_b64,
            payload,
            signature_b64,
            timestamp,
            now=now,
            max_age_seconds=max_age_seconds,
        )
    except SignatureRejected:
        return False
    return True
