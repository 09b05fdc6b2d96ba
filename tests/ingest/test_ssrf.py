"""The SSRF guard: loopback, private, link-local and metadata addresses are refused."""

import pytest

from digest.ingest.fetch import fetch, make_client
from digest.ingest.ssrf import AddressGuard, UnsafeURL, check_url, is_public_address
from tests.ingest.site import Route, Site, item, rss


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
    "0.0.0.0", "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "224.0.0.1",
])
def test_internal_addresses_are_not_public(address: str) -> None:
    assert not is_public_address(address)


def test_a_public_address_is_public() -> None:
    assert is_public_address("93.184.216.34") and is_public_address("2606:2800:220:1::1")


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/feed", "http://localhost:8080/feed", "http://169.254.169.254/latest/",
    "http://[::1]/feed", "http://10.0.0.5/rss",
])
def test_urls_on_internal_addresses_are_refused(url: str) -> None:
    with pytest.raises(UnsafeURL, match="non-public address"):
        check_url(url, allow_private=False)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/f", "gopher://x/"])
def test_only_http_and_https_are_fetched_even_when_private_is_allowed(url: str) -> None:
    with pytest.raises(UnsafeURL, match="only http and https"):
        check_url(url, allow_private=True)


def test_a_loopback_feed_is_refused_before_any_request() -> None:
    with Site({"/f.xml": Route(rss(item("x", guid="1")))}) as site, make_client(5) as client:
        result = fetch(client, site.url.replace("127.0.0.1", "localhost") + "/f.xml")
    assert "non-public address" in result.error
    assert site.requests == []


def test_a_redirect_into_the_internal_network_is_refused() -> None:
    # The first host is exempt (it stands for a public site); its redirect to
    # "localhost" must still be checked, resolved and refused.
    with Site({"/f.xml": Route(rss(item("secret", guid="1")))}) as site:
        routes = {"/go": Route(status=301, headers={"Location": site.url.replace(
            "127.0.0.1", "localhost") + "/f.xml"})}
        with Site(routes) as public, make_client(5) as client:
            guard = AddressGuard(exempt_hosts=frozenset({"127.0.0.1"}))
            result = fetch(client, public.url + "/go", guard=guard)
        assert "non-public address" in result.error and result.body == b""
        assert site.requests == []


def test_a_redirect_to_a_file_url_is_refused() -> None:
    routes = {"/go": Route(status=302, headers={"Location": "file:///etc/passwd"})}
    with Site(routes) as site, make_client(5) as client:
        result = fetch(client, site.url + "/go", allow_private=True)
    assert "only http and https" in result.error and result.body == b""
