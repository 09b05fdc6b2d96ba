"""Refuse feed URLs that point inside the network (SSRF guard).

A feed URL is only fetched when its scheme is http(s) and every address its host
resolves to is globally routable; loopback, private, link-local (cloud metadata),
shared, multicast and reserved addresses are refused unless private feeds are allowed.
The fetcher checks every redirect hop, and checks the connected peer again after
connecting, so a DNS answer that changes between check and connect gains nothing.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https")
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class UnsafeURL(Exception):
    """The URL may not be fetched; the message says why."""


def is_public_address(address: str) -> bool:
    """True when `address` (an IP literal) is globally routable."""
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class AddressGuard:
    """Which addresses feeds may be fetched from.

    `allow_private` lifts the address rules (demo and tests); `exempt_hosts` names hosts
    (as written in URLs) that are always allowed, for a service of the operator's own.
    The scheme rule (http or https only) always holds.
    """

    def __init__(self, *, allow_private: bool = False,
                 exempt_hosts: frozenset[str] = frozenset()) -> None:
        self.allow_private = allow_private
        self.exempt_hosts = frozenset(h.lower() for h in exempt_hosts)

    def check_url(self, url: str) -> None:
        """Raise UnsafeURL unless `url` is http(s) and resolves only to public addresses."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            raise UnsafeURL(
                f"only http and https feeds are fetched, not {parts.scheme or 'no'} scheme")
        host = parts.hostname
        if not host:
            raise UnsafeURL("the URL has no host")
        if self._lifted(host):
            return
        for address in resolve(host, parts.port or (443 if parts.scheme == "https" else 80)):
            if not is_public_address(address):
                raise UnsafeURL(f"refused: {host} resolves to the non-public address {address} "
                                "(set DIGEST_ALLOW_PRIVATE_FEEDS=1 to allow)")

    def check_peer(self, url: str, address: str | None) -> None:
        """Raise UnsafeURL when the peer actually connected to is not public (DNS rebinding)."""
        if address is None or self._lifted(urlsplit(url).hostname or ""):
            return
        if not is_public_address(address):
            raise UnsafeURL(f"refused: connected to the non-public address {address}")

    def _lifted(self, host: str) -> bool:
        return self.allow_private or host.lower() in self.exempt_hosts


def check_url(url: str, *, allow_private: bool) -> None:
    """Raise UnsafeURL unless `url` may be fetched (see AddressGuard)."""
    AddressGuard(allow_private=allow_private).check_url(url)


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to; UnsafeURL when it resolves to none."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeURL(f"cannot resolve {host}: {exc}") from None
    return sorted({str(info[4][0]) for info in infos})
