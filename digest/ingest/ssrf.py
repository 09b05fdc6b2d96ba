"""Refuse feed URLs that point inside the network (SSRF guard).

A feed URL is only fetched when its scheme is http(s) and every address its host
resolves to is globally routable; loopback, private, link-local (cloud metadata),
shared, multicast and reserved addresses are refused unless private feeds are allowed.
An IPv6 address that carries an IPv4 one (IPv4-mapped, IPv4-compatible, NAT64, 6to4) is
judged as the IPv4 address it carries.  The fetcher checks every redirect hop and connects
to the addresses this check resolved (digest.ingest.pinning), never to a second DNS answer.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https")
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]  # (host, port) -> addresses, like getaddrinfo

NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052: the IPv4 address in the last 32 bits
LOCAL_NAT64 = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215: a network's own translator
IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # deprecated ::a.b.c.d (RFC 4291 2.5.5.1)


class UnsafeURL(Exception):
    """The URL may not be fetched; the message says why."""


def carried_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one stands for, if it carries one."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in NAT64 or (ip in IPV4_COMPATIBLE and int(ip) > 1):  # not :: or ::1
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(address: str) -> bool:
    """True when `address` (an IP literal) is globally routable, judged as the IPv4 address
    it carries when it carries one; site-local (fec0::/10) and local NAT64 never are."""
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.is_site_local or ip in LOCAL_NAT64:
            return False
        ip = carried_ipv4(ip) or ip
    return ip.is_global and not ip.is_multicast


class AddressGuard:
    """Which addresses feeds may be fetched from.

    `allow_private` lifts the address rules (demo and tests); `exempt_hosts` names hosts
    (as written in URLs) that are always allowed, for a service of the operator's own.
    The scheme rule (http or https only) always holds.
    """

    def __init__(self, *, allow_private: bool = False,
                 exempt_hosts: frozenset[str] = frozenset(),
                 resolver: Resolver | None = None) -> None:
        self.allow_private = allow_private
        self.exempt_hosts = frozenset(h.lower() for h in exempt_hosts)
        self.resolver = resolver or resolve

    def check_url(self, url: str) -> list[str]:
        """The addresses to connect to for `url`: every one its host resolves to, each
        public (unless the rules are lifted for it).  Raises UnsafeURL.

        The fetcher connects to these and only these (see digest.ingest.pinning).
        """
        parts = urlsplit(url)
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            raise UnsafeURL(
                f"only http and https feeds are fetched, not {parts.scheme or 'no'} scheme")
        host = parts.hostname
        if not host:
            raise UnsafeURL("the URL has no host")
        addresses = self.resolver(host, parts.port or (443 if parts.scheme == "https" else 80))
        if not addresses:
            raise UnsafeURL(f"cannot resolve {host}")
        if self._lifted(host):
            return addresses
        for address in addresses:
            if not is_public_address(address):
                raise UnsafeURL(f"refused: {host} resolves to the non-public address {address} "
                                "(set DIGEST_ALLOW_PRIVATE_FEEDS=1 to allow)")
        return addresses

    def check_peer(self, url: str, address: str | None) -> None:
        """Raise UnsafeURL when the peer actually connected to is not public (DNS rebinding)."""
        if address is None or self._lifted(urlsplit(url).hostname or ""):
            return
        if not is_public_address(address):
            raise UnsafeURL(f"refused: connected to the non-public address {address}")

    def _lifted(self, host: str) -> bool:
        return self.allow_private or host.lower() in self.exempt_hosts


def check_url(url: str, *, allow_private: bool) -> list[str]:
    """The checked addresses of `url`; UnsafeURL unless it may be fetched (AddressGuard)."""
    return AddressGuard(allow_private=allow_private).check_url(url)


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to; UnsafeURL when it resolves to none."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeURL(f"cannot resolve {host}: {exc}") from None
    return sorted({str(info[4][0]) for info in infos})
