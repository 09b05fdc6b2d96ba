"""Item 4: a request body over DIGEST_WEB_MAX_BODY_BYTES is refused with 413 before it is
read, on the webhooks, the one-click unsubscribe and every other POST (CSRF comes after)."""

from __future__ import annotations

import socket
from collections.abc import Sequence
from urllib.parse import urlsplit

import httpx
import pytest

from digest.audience.lists import create_list
from digest.runtime import Runtime
from tests.security.conftest import Serve

LIMIT = 10_000
POSTS = ("/webhooks/sendgrid", "/webhooks/billing", "/unsubscribe/1.1.AAAAAAAAAAAAAAAAAAAAAA",
         "/lists/syria-digest/subscribe", "/archive/sign-in", "/admin/login",
         "/confirm/some-token")


@pytest.fixture
def served(rt: Runtime, serve: Serve) -> str:
    with rt.sessions() as session, session.begin():
        create_list(session, "Syria Digest")
    return serve(web_max_body_bytes=LIMIT)


def raw_request(url: str, head: str, body_chunks: Sequence[bytes] = ()) -> str:
    """Send `head` (and chunks, if the server still listens) over a socket; the status line."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as conn:
        conn.sendall(head.encode("latin-1"))
        try:
            for chunk in body_chunks:
                conn.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and hung up: what we want
        answer = conn.recv(4096).decode("latin-1")
    return answer.split("\r\n", 1)[0]


@pytest.mark.parametrize("path", POSTS)
def test_a_body_declared_too_large_is_refused_before_a_byte_of_it_is_sent(
        served: str, path: str) -> None:
    # Headers only: a server that began reading the body would wait here until timeout.
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 1000000000\r\n\r\n")
    assert raw_request(served, head) == "HTTP/1.1 413 Request Entity Too Large"


@pytest.mark.parametrize("path", POSTS)
def test_a_chunked_body_is_cut_off_at_the_limit(served: str, path: str) -> None:
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            "Transfer-Encoding: chunked\r\n\r\n")
    chunk = b"a=" + b"x" * 4094
    chunks = [b"%x\r\n%s\r\n" % (len(chunk), chunk)] * 4  # 16 KB, no length announced
    # 413 and not 403: the size is checked before the CSRF check reads the form.
    assert raw_request(served, head, [*chunks, b"0\r\n\r\n"]) == \
        "HTTP/1.1 413 Request Entity Too Large"


def test_bodies_within_the_limit_are_read_as_before(served: str) -> None:
    answer = httpx.post(f"{served}/unsubscribe/1.1.AAAAAAAAAAAAAAAAAAAAAA",
                        content=b"List-Unsubscribe=One-Click",
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 404  # read and judged: a bad token, not a size problem
    assert httpx.post(f"{served}/webhooks/billing", content=b"{}").status_code == 401
