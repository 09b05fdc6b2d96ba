"""Does `DIGEST_BASE_URL` (the address links in emails use) reach the server `digest web`
starts?  A pure check, so `digest web` can warn before anyone follows a dead link."""

from __future__ import annotations

from urllib.parse import urlsplit

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "0.0.0.0", "::"})
DEFAULT_PORTS = {"http": 80, "https": 443}


def base_url_mismatch(base_url: str, host: str, port: int) -> str | None:
    """A warning when links built from `base_url` would miss a server on `host`:`port`.

    A public name (say https://digest.example.org) is assumed to reach us through a proxy,
    so only a base URL on this machine (loopback or the listening address) is compared:
    its port must be the one served.  None when the links will work."""
    parts = urlsplit(base_url)
    link_host = (parts.hostname or "").lower()
    if link_host not in LOCAL_HOSTS and link_host != host.lower():
        return None
    try:
        link_port = parts.port or DEFAULT_PORTS.get(parts.scheme, 80)
    except ValueError:
        return f"DIGEST_BASE_URL {base_url} has a port that is not a number"
    if link_port == port:
        return None
    return (f"links in emails point at DIGEST_BASE_URL {base_url}, but this server listens on "
            f"port {port}; set DIGEST_BASE_URL=http://{host}:{port} (or the public address "
            "of your proxy) so readers' links work")
