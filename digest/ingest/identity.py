"""Stable identity for items, so a re-fetched story updates instead of duplicating."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that say who sent the reader, not which page it is.
TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
    "ocid", "cmpid", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3",
    "at_custom4", "_ga", "_hsenc", "_hsmi", "mkt_tok", "ito", "ns_mchannel", "ns_source",
    "ns_campaign", "ns_linkname", "ns_fee", "smid",
}


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


def untrusted_guids(pairs: Iterable[tuple[str, str]], feed_links: Iterable[str] = ()) -> set[str]:
    """GUIDs of one document that cannot tell its entries apart.

    `pairs` are (guid, link) per entry.  A GUID is not trusted when it is shared by
    entries with different links (a generator that stamps one id on everything) or
    when it is just the feed's own address.
    """
    links_by_guid: dict[str, set[str]] = defaultdict(set)
    for guid, link in pairs:
        if guid.strip():
            links_by_guid[guid.strip()].add(canonical_link(link))
    feed_addresses = {canonical_link(u) for u in feed_links if u.strip()}
    return {
        guid for guid, links in links_by_guid.items()
        if len(links) > 1 or canonical_link(guid) in feed_addresses
    }


def item_key(guid: str, link: str, title: str, published: str) -> str:
    """GUID when given (and trusted), else the canonical link, else a hash of title and date.

    `published` must be the entry's own date (empty when it has none), never the fetch
    time, so an undated entry keeps its key from one fetch to the next.
    """
    if guid.strip():
        basis = "guid:" + guid.strip()
    elif link.strip():
        basis = "link:" + canonical_link(link)
    else:
        basis = "text:" + " ".join(title.split()).lower() + "|" + published
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:40]
