"""Stable identity for items, so a re-fetched story updates instead of duplicating."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = {"fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "at_medium"}


def canonical_link(url: str) -> str:
    """Lower-case scheme and host, drop tracking parameters and the fragment."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    ]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), "")
    )


def item_key(guid: str, link: str, title: str, published: str) -> str:
    """GUID when present, else the canonical link, else a hash of title and date."""
    if guid.strip():
        basis = "guid:" + guid.strip()
    elif link.strip():
        basis = "link:" + canonical_link(link)
    else:
        basis = "text:" + title.strip().lower() + "|" + published
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:40]
