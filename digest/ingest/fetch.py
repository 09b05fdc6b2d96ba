"""HTTP for feeds: conditional GET, redirects checked hop by hop, size cap, deadline.

Never parses.  Redirects are followed here (not by httpx) so that every hop passes
the SSRF guard and the politeness limiter, and so a permanent move can be recorded (only
to a URL that passed the guard).  Each hop connects to the addresses its check resolved.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import brotli
import httpx

from digest.ingest.decode import BodyTooLarge, decode_body
from digest.ingest.hosts import HostLimiter
from digest.ingest.pinning import PinnedTransport, pinned
from digest.ingest.ssrf import AddressGuard, UnsafeURL

USER_AGENT = "digest/0.1 (+https://github.com/digest-mailer/digest)"
ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml, "
          "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
REDIRECTS = (301, 302, 303, 307, 308)
PERMANENT = (301, 308)


@dataclass(frozen=True)
class FetchResult:
    """What one request for a feed gave back."""

    status: int  # HTTP status, or 0 when no response arrived
    url: str  # the URL finally answered (after redirects)
    body: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    error: str = ""
    permanent_url: str = ""  # where an unbroken chain of 301/308 says the feed now lives
    retry_after: float | None = None  # seconds the server asked us to wait

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300 and not self.error


class FetchTimeout(Exception):
    """The whole fetch took longer than its total timeout."""


def make_client(
    timeout: float, *, connect_timeout: float | None = None, max_connections: int = 100
) -> httpx.Client:
    """A client for `fetch`: no automatic redirects, no proxy variables, pooled connections,
    connecting only to the addresses the SSRF guard checked (see digest.ingest.pinning)."""
    return httpx.Client(
        timeout=httpx.Timeout(timeout, connect=connect_timeout or min(timeout, 10.0)),
        follow_redirects=False,
        trust_env=False,  # connect directly, so the peer check sees the real server
        transport=PinnedTransport(limits=httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections)),
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
    )


def fetch(
    client: httpx.Client, url: str, *, etag: str = "", last_modified: str = "",
    max_bytes: int = 10_000_000, allow_private: bool = False, max_redirects: int = 5,
    total_timeout: float | None = None, limiter: HostLimiter | None = None,
    guard: AddressGuard | None = None,
) -> FetchResult:
    """GET a feed, sending back its validators; never raises for network or server trouble.

    The body is decoded (gzip, deflate, br) within `max_bytes`; the whole fetch, redirects
    included, must finish within `total_timeout` (default: the client's read timeout).
    Every hop passes `guard` (default: public addresses only unless `allow_private`).
    """
    guard = guard or AddressGuard(allow_private=allow_private)
    headers = {"Accept-Encoding": "gzip, deflate, br"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    budget = total_timeout or client.timeout.read or 30.0
    deadline = time.monotonic() + budget
    current, permanent, moved_for_good = url, "", True
    status = 0
    try:
        for _ in range(max_redirects + 1):
            addresses = guard.check_url(current)
            if current != url and moved_for_good:
                permanent = current  # only a move to a URL that passed the guard is kept
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchTimeout(f"timed out after {budget:g} s")
            connect = min(remaining, client.timeout.connect or remaining)
            timeout = httpx.Timeout(remaining, connect=connect)
            with (limiter.slot(current) if limiter else nullcontext()), pinned(addresses), \
                    client.stream("GET", current, headers=headers, timeout=timeout,
                                  follow_redirects=False) as response:
                guard.check_peer(current, _peer(response))
                status = response.status_code
                location = response.headers.get("location")
                if status in REDIRECTS and location:
                    current = urljoin(current, location.strip())
                    moved_for_good = moved_for_good and status in PERMANENT
                    continue
                return _answer(response, current, permanent, max_bytes, deadline, budget)
        return FetchResult(status, current, error=f"more than {max_redirects} redirects",
                           permanent_url=permanent)
    except (UnsafeURL, BodyTooLarge, FetchTimeout) as exc:
        return FetchResult(status, current, error=str(exc), permanent_url=permanent)
    except httpx.TimeoutException as exc:
        kind = "connect" if isinstance(exc, httpx.ConnectTimeout) else "read"
        return FetchResult(0, current, error=f"timed out ({kind}): {exc}".strip(": "))
    except (httpx.HTTPError, ValueError, zlib.error, brotli.error) as exc:
        return FetchResult(0, current, error=f"{type(exc).__name__}: {exc}".strip(": "))


def _answer(
    response: httpx.Response, url: str, permanent: str, max_bytes: int, deadline: float,
    budget: float,
) -> FetchResult:
    status = response.status_code
    common = {"etag": response.headers.get("etag", "")[:500],
              "last_modified": response.headers.get("last-modified", "")[:100],
              "permanent_url": permanent}
    if status == 304:
        return FetchResult(status, url, **common)
    if status >= 400 or status < 200:
        return FetchResult(status, url, error=f"HTTP {status} {response.reason_phrase}".strip(),
                           retry_after=parse_retry_after(response.headers.get("retry-after")),
                           permanent_url=permanent)
    declared = int(response.headers.get("content-length") or 0)
    encoding = response.headers.get("content-encoding", "")
    if declared > max_bytes and not encoding:
        raise BodyTooLarge(f"body larger than {max_bytes} bytes")
    body = decode_body(_until(response.iter_raw(), deadline, budget), encoding, max_bytes)
    return FetchResult(status, url, body=body,
                       content_type=response.headers.get("content-type", ""), **common)


def _until(chunks: Iterator[bytes], deadline: float, budget: float) -> Iterator[bytes]:
    """The chunks, stopping with FetchTimeout once the deadline passes (slow-drip servers)."""
    for chunk in chunks:
        if time.monotonic() > deadline:
            raise FetchTimeout(f"timed out after {budget:g} s")
        yield chunk


def _peer(response: httpx.Response) -> str | None:
    stream = response.extensions.get("network_stream")
    if stream is None:
        return None
    address = stream.get_extra_info("server_addr")
    return str(address[0]) if address else None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date); None when absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
