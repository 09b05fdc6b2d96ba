"""HTTP for feeds: conditional GET, size cap, redirects; never parses."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

USER_AGENT = "digest/0.1 (+https://github.com/digest-mailer/digest)"


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

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300 and not self.error


def make_client(timeout: float) -> httpx.Client:
    return httpx.Client(
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=True,
        max_redirects=5,
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate, br"},
    )


def fetch(
    client: httpx.Client, url: str, *, etag: str = "", last_modified: str = "",
    max_bytes: int = 10_000_000,
) -> FetchResult:
    """GET a feed, sending back its validators; read at most `max_bytes` of body."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with client.stream("GET", url, headers=headers) as response:
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    return FetchResult(
                        response.status_code, str(response.url),
                        error=f"body larger than {max_bytes} bytes",
                    )
            error = "" if response.status_code < 400 else f"HTTP {response.status_code}"
            return FetchResult(
                status=response.status_code,
                url=str(response.url),
                body=bytes(body),
                content_type=response.headers.get("content-type", ""),
                etag=response.headers.get("etag", ""),
                last_modified=response.headers.get("last-modified", ""),
                error=error,
            )
    except httpx.HTTPError as exc:
        return FetchResult(0, url, error=f"{type(exc).__name__}: {exc}".strip())
