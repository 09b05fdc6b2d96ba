"""5. Feeds cannot reach inside the network: IPv6 disguises, saved redirects, DNS rebinding.

Real feed servers on loopback; the guard and the fetcher are the ones `digest fetch` uses.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from digest.ingest.fetch import fetch, make_client
from digest.ingest.refresh import FeedPlan, Fetched, apply_fetched
from digest.ingest.ssrf import AddressGuard, is_public_address
from digest.models import Feed, utcnow
from digest.runtime import Runtime
from tests.ingest.site import Route, Site, item, rss

FEED = rss(item("Aleppo", guid="1"))

# IPv6 forms carrying an internal IPv4 address (loopback, metadata, private), and site-local.
DISGUISED = [
    "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
    "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254 (cloud metadata)
    "64:ff9b:1::a00:1",  # local-use NAT64 (RFC 8215)
    "2002:7f00:1::1",  # 6to4 of 127.0.0.1
    "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254
    "::127.0.0.1",  # IPv4-compatible
    "::10.0.0.1",
    "::ffff:192.168.1.1",  # IPv4-mapped
    "fec0::1",  # site-local
]


@pytest.mark.parametrize("address", DISGUISED)
def test_an_ipv6_form_of_an_internal_address_is_refused_before_any_connection(
        address: str) -> None:
    with make_client(2) as client:
        result = fetch(client, f"http://[{address}]:8080/feed.xml")
    assert "non-public address" in result.error and result.status == 0


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8"])
def test_an_ipv6_form_of_a_public_address_stays_public(address: str) -> None:
    assert is_public_address(address)


def test_a_permanent_redirect_to_a_refused_address_is_never_saved_as_the_feed(
        rt: Runtime) -> None:
    # 127.0.0.1 is exempt (it stands for a public outlet); its 301 points at "localhost",
    # which resolves to loopback and is refused.
    with Site({"/f.xml": Route(FEED)}) as internal:
        moved = internal.url.replace("127.0.0.1", "localhost") + "/f.xml"
        with Site({"/feed": Route(status=301, headers={"Location": moved})}) as outlet, \
                make_client(5) as client:
            url = outlet.url + "/feed"
            result = fetch(client, url, guard=AddressGuard(exempt_hosts=frozenset({"127.0.0.1"})))
        assert "non-public address" in result.error and internal.requests == []
    with rt.sessions() as session, session.begin():
        feed = Feed(url=url)
        session.add(feed)
        session.flush()
        apply_fetched(session, Fetched(FeedPlan(feed.id, url, "", ""), result, None), utcnow())
    with rt.sessions() as session:
        assert session.scalars(select(Feed.url)).all() == [url]


def test_the_connection_goes_to_the_address_the_check_resolved() -> None:
    # "localhost" resolves to 127.0.0.1 on this machine; the DNS answer the guard checked
    # said 127.0.0.2.  A second lookup by the HTTP client must not get to decide.
    with Site({"/f.xml": Route(FEED)}, host="127.0.0.2") as checked:
        port = checked.url.rsplit(":", 1)[1]
        with Site({"/f.xml": Route(rss(item("internal secret", guid="2")))},
                  port=int(port)) as rebound, make_client(5) as client:
            guard = AddressGuard(allow_private=True, resolver=lambda host, port: ["127.0.0.2"])
            result = fetch(client, f"http://localhost:{port}/f.xml", guard=guard)
        assert rebound.requests == []
    assert result.ok and b"Aleppo" in result.body
    assert checked.requests[0][1]["Host"] == f"localhost:{port}"
