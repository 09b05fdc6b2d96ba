"""Connect to the addresses the SSRF guard checked, never to a second DNS answer.

Checking a host's addresses and then letting the HTTP client resolve it again leaves a
window: a DNS server may answer a public address to the check and an internal one to the
connection (DNS rebinding).  So `fetch` runs each request inside `pinned(addresses)`, and
the client's network backend connects to those addresses, in order, instead of resolving
the host itself.  The URL keeps its host name, so the Host header, TLS SNI and certificate
checks, and connection pooling, all stay with the name.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from contextvars import ContextVar

import httpcore
import httpx

# The addresses the current request may connect to; None outside `pinned`.
_PINNED: ContextVar[tuple[str, ...] | None] = ContextVar("digest_pinned_addresses",
                                                         default=None)


@contextlib.contextmanager
def pinned(addresses: Sequence[str]) -> Iterator[None]:
    """Connections opened inside go to `addresses` (already checked), nowhere else."""
    token = _PINNED.set(tuple(addresses))
    try:
        yield
    finally:
        _PINNED.reset(token)


class PinnedBackend(httpcore.NetworkBackend):
    """httpcore's own sync backend, with the host swapped for the pinned addresses."""

    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = _PINNED.get()
        if addresses is None:  # a request made outside `fetch`: nothing was checked
            return self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        failure: Exception = httpcore.ConnectError(f"no address to connect to for {host}")
        for address in addresses:
            try:
                return self._backend.connect_tcp(address, port, timeout, local_address,
                                                 socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure

    def connect_unix_socket(
        self, path: str, timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("feeds are never fetched over a Unix socket")

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool that uses `PinnedBackend`."""

    def __init__(self, *, limits: httpx.Limits) -> None:
        # httpx.HTTPTransport builds its pool with no network backend option; this is the
        # pool it would build (default TLS verification, these limits) with ours.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=PinnedBackend(),
        )
