"""fetch(): conditional requests, redirects, limits and timeouts against a real server."""

import gzip
import time
import zlib

import brotli

from digest.ingest.fetch import fetch, make_client, parse_retry_after
from tests.ingest.site import Route, Site, item, rss

FEED = rss(item("Aleppo market reopens", guid="a-1"))


def test_a_second_request_sends_back_both_validators_and_gets_304() -> None:
    with Site({"/f.xml": Route(FEED)}) as site, make_client(5) as client:
        first = fetch(client, site.url + "/f.xml", allow_private=True)
        second = fetch(client, site.url + "/f.xml", etag=first.etag,
                       last_modified=first.last_modified, allow_private=True)
        sent = site.requests[-1][1]
    assert first.ok and first.body == FEED
    assert sent["If-None-Match"] == first.etag
    assert sent["If-Modified-Since"] == first.last_modified
    assert second.not_modified and second.body == b""


def test_last_modified_alone_is_enough_for_a_304() -> None:
    with Site({"/f.xml": Route(FEED)}) as site, make_client(5) as client:
        first = fetch(client, site.url + "/f.xml", allow_private=True)
        second = fetch(client, site.url + "/f.xml", last_modified=first.last_modified,
                       allow_private=True)
    assert second.status == 304


def test_a_chain_of_permanent_redirects_reports_the_new_home() -> None:
    routes = {"/old": Route(status=301, headers={"Location": "/older"}),
              "/older": Route(status=308, headers={"Location": "/new.xml"}),
              "/new.xml": Route(FEED)}
    with Site(routes) as site, make_client(5) as client:
        result = fetch(client, site.url + "/old", allow_private=True)
    assert result.ok and result.body == FEED
    assert result.permanent_url == site.url + "/new.xml"


def test_a_temporary_hop_means_the_feed_has_not_moved_for_good() -> None:
    routes = {"/old": Route(status=302, headers={"Location": "/new.xml"}),
              "/new.xml": Route(FEED)}
    with Site(routes) as site, make_client(5) as client:
        result = fetch(client, site.url + "/old", allow_private=True)
    assert result.ok and result.permanent_url == ""


def test_a_redirect_loop_stops_at_the_limit() -> None:
    with Site({"/loop": Route(status=302, headers={"Location": "/loop"})}) as site, \
            make_client(5) as client:
        result = fetch(client, site.url + "/loop", allow_private=True, max_redirects=3)
    assert "more than 3 redirects" in result.error
    assert len(site.requests) == 4


def test_a_429_carries_the_servers_retry_after() -> None:
    routes = {"/busy": Route(b"slow down", status=429, headers={"Retry-After": "3600"})}
    with Site(routes) as site, make_client(5) as client:
        result = fetch(client, site.url + "/busy", allow_private=True)
    assert result.status == 429 and "429" in result.error
    assert result.retry_after == 3600


def test_retry_after_may_be_an_http_date() -> None:
    from datetime import UTC, datetime

    now = datetime(2024, 12, 4, 10, 0, tzinfo=UTC)
    assert parse_retry_after("Wed, 04 Dec 2024 11:00:00 GMT", now) == 3600
    assert parse_retry_after("soon", now) is None


def test_a_server_that_never_answers_times_out() -> None:
    with Site({"/slow": Route(FEED, delay=3)}) as site, make_client(0.5) as client:
        started = time.monotonic()
        result = fetch(client, site.url + "/slow", allow_private=True)
    assert result.error.startswith("timed out") and time.monotonic() - started < 2.5


def test_a_slow_drip_body_is_cut_off_at_the_total_timeout() -> None:
    with Site({"/drip": Route(FEED, drip=0.05)}) as site, make_client(5) as client:
        started = time.monotonic()
        result = fetch(client, site.url + "/drip", allow_private=True, total_timeout=1)
    assert "timed out" in result.error and time.monotonic() - started < 3


def test_an_oversized_body_is_refused() -> None:
    with Site({"/big.xml": Route(b"<rss>" + b" " * 5000 + b"</rss>")}) as site, \
            make_client(5) as client:
        result = fetch(client, site.url + "/big.xml", max_bytes=1000, allow_private=True)
    assert result.error == "body larger than 1000 bytes" and result.body == b""


def test_a_gzip_bomb_is_refused_without_expanding_it() -> None:
    bomb = gzip.compress(b"\0" * 200_000_000, 9)  # 200 MB of zeros in ~200 KB
    routes = {"/bomb.xml": Route(bomb, headers={"Content-Encoding": "gzip"})}
    with Site(routes) as site, make_client(10) as client:
        result = fetch(client, site.url + "/bomb.xml", max_bytes=1_000_000, allow_private=True)
    assert len(bomb) < 1_000_000
    assert result.error == "body larger than 1000000 bytes"


def test_gzip_deflate_and_brotli_bodies_are_decoded() -> None:
    routes = {
        "/gz": Route(gzip.compress(FEED), headers={"Content-Encoding": "gzip"}),
        "/zlib": Route(zlib.compress(FEED), headers={"Content-Encoding": "deflate"}),
        "/raw": Route(zlib.compress(FEED)[2:-4], headers={"Content-Encoding": "deflate"}),
        "/br": Route(brotli.compress(FEED), headers={"Content-Encoding": "br"}),
    }
    with Site(routes) as site, make_client(5) as client:
        bodies = [fetch(client, site.url + path, allow_private=True).body for path in routes]
        asked = site.requests[0][1]["Accept-Encoding"]
    assert bodies == [FEED] * 4
    assert {"gzip", "deflate", "br"} <= {e.strip() for e in asked.split(",")}


def test_a_refused_connection_is_an_error_not_an_exception() -> None:
    with make_client(2) as client:
        result = fetch(client, "http://127.0.0.1:9/feed.xml", allow_private=True)
    assert result.status == 0 and result.error
