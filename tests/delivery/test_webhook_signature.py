"""The Signed Event Webhook verifier, checked against SendGrid's published test vector."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from digest.delivery.webhook_signature import (
    InvalidPublicKey,
    SignatureRejected,
    check_signature,
    verify_signature,
)

DATA = Path(__file__).parent.parent / "data" / "sendgrid"
VECTOR = json.loads((DATA / "eventwebhook_test_vector.json").read_text())
PAYLOAD = (DATA / "eventwebhook_test_payload.bin").read_bytes()
KEY = VECTOR["public_key_b64_spki_der"]
SIGNATURE = VECTOR["signature_b64_der"]
TIMESTAMP = VECTOR["timestamp"]
SIGNED_AT = int(TIMESTAMP)
JUST_AFTER = SIGNED_AT + 5


def test_the_payload_file_matches_the_published_payload_string() -> None:
    assert VECTOR["payload"].encode("utf-8") == PAYLOAD
    assert PAYLOAD.endswith(b"\r\n")


def test_it_accepts_the_published_signed_event() -> None:
    assert verify_signature(KEY, PAYLOAD, SIGNATURE, TIMESTAMP, now=JUST_AFTER)


def test_it_accepts_the_key_given_as_a_pem_block() -> None:
    der = base64.b64decode(KEY)
    pem = serialization.load_der_public_key(der).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert verify_signature(pem.decode(), PAYLOAD, SIGNATURE, TIMESTAMP, now=JUST_AFTER)


def test_it_rejects_a_tampered_payload() -> None:
    tampered = PAYLOAD.replace(b"dropped", b"delivered")
    assert not verify_signature(KEY, tampered, SIGNATURE, TIMESTAMP, now=JUST_AFTER)
    assert not verify_signature(
        KEY, VECTOR["negative_cases"]["bad_payload"].encode(), SIGNATURE, TIMESTAMP, now=JUST_AFTER
    )


def test_it_rejects_a_payload_whose_trailing_crlf_was_dropped() -> None:
    assert not verify_signature(KEY, PAYLOAD.rstrip(b"\r\n"), SIGNATURE, TIMESTAMP, now=JUST_AFTER)


def test_it_rejects_a_tampered_signature() -> None:
    bad = VECTOR["negative_cases"]["bad_signature_b64"]
    with pytest.raises(SignatureRejected) as rejected:
        check_signature(KEY, PAYLOAD, bad, TIMESTAMP, now=JUST_AFTER)
    assert rejected.value.reason == "mismatch"


def test_it_rejects_a_signature_made_by_another_key() -> None:
    other = VECTOR["negative_cases"]["bad_public_key_b64"]
    assert not verify_signature(other, PAYLOAD, SIGNATURE, TIMESTAMP, now=JUST_AFTER)


def test_it_rejects_a_signature_that_is_not_base64_der() -> None:
    with pytest.raises(SignatureRejected) as not_base64:
        check_signature(KEY, PAYLOAD, "***", TIMESTAMP, now=JUST_AFTER)
    assert not_base64.value.reason == "malformed"
    assert not verify_signature(
        KEY, PAYLOAD, base64.b64encode(b"not der").decode(), TIMESTAMP, now=JUST_AFTER
    )


def test_it_rejects_a_timestamp_other_than_the_signed_one() -> None:
    assert not verify_signature(KEY, PAYLOAD, SIGNATURE, str(SIGNED_AT + 1), now=JUST_AFTER)


def test_it_rejects_a_timestamp_that_is_not_a_number() -> None:
    bad = VECTOR["negative_cases"]["bad_timestamp"]
    with pytest.raises(SignatureRejected) as rejected:
        check_signature(KEY, PAYLOAD, SIGNATURE, bad, now=JUST_AFTER)
    assert rejected.value.reason == "malformed"


def test_it_rejects_a_stale_timestamp_even_with_a_valid_signature() -> None:
    eleven_minutes_later = SIGNED_AT + 11 * 60
    with pytest.raises(SignatureRejected) as rejected:
        check_signature(KEY, PAYLOAD, SIGNATURE, TIMESTAMP, now=eleven_minutes_later)
    assert rejected.value.reason == "stale"
    assert verify_signature(
        KEY, PAYLOAD, SIGNATURE, TIMESTAMP, now=eleven_minutes_later, max_age_seconds=3600
    )


def test_it_rejects_a_timestamp_far_in_the_future() -> None:
    assert not verify_signature(KEY, PAYLOAD, SIGNATURE, TIMESTAMP, now=SIGNED_AT - 3600)


def test_the_real_clock_finds_the_2020_vector_stale() -> None:
    assert not verify_signature(KEY, PAYLOAD, SIGNATURE, TIMESTAMP)


def test_a_broken_configured_key_is_reported_as_a_settings_error() -> None:
    with pytest.raises(InvalidPublicKey):
        verify_signature("not a key", PAYLOAD, SIGNATURE, TIMESTAMP, now=JUST_AFTER)


def test_a_key_on_another_algorithm_is_refused() -> None:
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    der = rsa_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(InvalidPublicKey):
        verify_signature(base64.b64encode(der).decode(), PAYLOAD, SIGNATURE, TIMESTAMP)


def test_it_verifies_a_freshly_signed_body_at_the_current_time() -> None:
    private = ec.generate_private_key(ec.SECP256R1())
    spki = private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    timestamp = str(int(time.time()))
    body = b'[{"event":"delivered","delivery_id":"7"}]\r\n'
    signature = private.sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    key_b64 = base64.b64encode(spki).decode()
    sig_b64 = base64.b64encode(signature).decode()
    assert verify_signature(key_b64, body, sig_b64, timestamp)
    assert not verify_signature(key_b64, body + b" ", sig_b64, timestamp)
