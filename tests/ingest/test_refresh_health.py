"""refresh_feed on a real server: validators, moves, 410, backoff, Retry-After, health."""

from datetime import datetime, timedelta

from sqlalchemy import func, select

from digest.ingest.fetch import make_client
from digest.ingest.health import CHECK_INTERVAL, MAX_BACKOFF, FeedOutcome
from digest.ingest.refresh import refresh_feed
from digest.models import Feed, Item, utcnow
from digest.runtime import Runtime
from tests.ingest.site import Route, Site, item, rss

FEED = rss(item("Aleppo market reopens", guid="a-1"), item("Homs school rebuilt", guid="a-2"))


def add_feed(rt: Runtime, url: str) -> int:
    with rt.sessions() as session, session.begin():
        feed = Feed(url=url)
        session.add(feed)
        session.flush()
        return feed.id


def feed_row(rt: Runtime, feed_id: int) -> Feed:
    with rt.sessions() as session:
        feed = session.get(Feed, feed_id)
        assert feed is not None
        session.expunge(feed)
        return feed


def refresh(rt: Runtime, feed_id: int, now: datetime | None = None) -> FeedOutcome:
    with make_client(5) as client:
        return refresh_feed(rt.sessions, feed_id, client, max_bytes=1_000_000,
                            allow_private=True, now=now)


def wait_after(rt: Runtime, feed_id: int, now: datetime) -> timedelta:
    next_check = feed_row(rt, feed_id).next_check_at
    assert next_check is not None
    return next_check - now


def test_the_etag_and_last_modified_are_stored_and_a_304_stores_nothing(rt: Runtime) -> None:
    with Site({"/f.xml": Route(FEED)}) as site:
        feed_id = add_feed(rt, site.url + "/f.xml")
        first, second = refresh(rt, feed_id), refresh(rt, feed_id)
        sent = site.requests[-1][1]
    feed = feed_row(rt, feed_id)
    assert first.new == 2 and second.not_modified and second.new == 0
    assert sent["If-None-Match"] == feed.etag and sent["If-Modified-Since"] == feed.last_modified
    assert feed.last_status == 304 and feed.consecutive_failures == 0


def test_a_permanent_redirect_updates_the_stored_url(rt: Runtime) -> None:
    routes = {"/old.xml": Route(status=301, headers={"Location": "/new.xml"}),
              "/new.xml": Route(FEED)}
    with Site(routes) as site:
        feed_id = add_feed(rt, site.url + "/old.xml")
        outcome = refresh(rt, feed_id)
    assert feed_row(rt, feed_id).url == site.url + "/new.xml"
    assert outcome.moved_to == site.url + "/new.xml"


def test_a_permanent_redirect_to_an_address_too_long_to_store_keeps_the_url_and_warns(
        rt: Runtime) -> None:
    far = "/new.xml?session=" + "x" * 2100  # cut to the column's 2,000 it would be broken
    routes = {"/old.xml": Route(status=301, headers={"Location": far}), far: Route(FEED)}
    with Site(routes) as site:
        feed_id = add_feed(rt, site.url + "/old.xml")
        outcome = refresh(rt, feed_id)
    feed = feed_row(rt, feed_id)
    assert feed.url == site.url + "/old.xml" and outcome.moved_to == ""
    assert outcome.new == 2  # this fetch's items are kept all the same
    assert "not kept: longer than 2000 characters" in (feed.last_warning or "")


def test_a_temporary_redirect_keeps_the_stored_url(rt: Runtime) -> None:
    routes = {"/old.xml": Route(status=307, headers={"Location": "/new.xml"}),
              "/new.xml": Route(FEED)}
    with Site(routes) as site:
        feed_id = add_feed(rt, site.url + "/old.xml")
        refresh(rt, feed_id)
    assert feed_row(rt, feed_id).url == site.url + "/old.xml"


def test_410_gone_disables_the_feed_and_says_so(rt: Runtime) -> None:
    with Site({"/gone.xml": Route(b"gone", status=410, content_type="text/plain")}) as site:
        feed_id = add_feed(rt, site.url + "/gone.xml")
        outcome = refresh(rt, feed_id)
    feed = feed_row(rt, feed_id)
    assert feed.disabled and "410" in feed.last_error and "disabled" in feed.last_error
    assert outcome.disabled


def test_repeated_errors_back_off_exponentially_and_success_resets(rt: Runtime) -> None:
    route = Route(b"oops", status=500, content_type="text/plain")
    with Site({"/f.xml": route}) as site:
        feed_id = add_feed(rt, site.url + "/f.xml")
        now = utcnow()
        delays = []
        for _ in range(3):
            refresh(rt, feed_id, now=now)
            delays.append(wait_after(rt, feed_id, now))
        route.status, route.body = 200, FEED
        refresh(rt, feed_id, now=now)
    feed = feed_row(rt, feed_id)
    assert delays == [CHECK_INTERVAL, CHECK_INTERVAL * 2, CHECK_INTERVAL * 4]
    assert feed.consecutive_failures == 0 and feed.last_error == ""
    assert wait_after(rt, feed_id, now) == CHECK_INTERVAL
    assert feed.last_success_at is not None


def test_429_and_503_honour_retry_after_up_to_the_cap(rt: Runtime) -> None:
    routes = {"/busy": Route(b"busy", status=429, headers={"Retry-After": "7200"}),
              "/down": Route(b"down", status=503, headers={"Retry-After": "999999"})}
    with Site(routes) as site:
        busy, down = add_feed(rt, site.url + "/busy"), add_feed(rt, site.url + "/down")
        now = utcnow()
        refresh(rt, busy, now=now)
        refresh(rt, down, now=now)
    assert wait_after(rt, busy, now) == timedelta(hours=2)
    assert wait_after(rt, down, now) == MAX_BACKOFF
    assert feed_row(rt, down).last_status == 503


def test_an_html_page_instead_of_a_feed_is_a_clear_error(rt: Runtime) -> None:
    page = b"<!doctype html><html><head><title>Home</title></head><body><p>Hi</p></body></html>"
    with Site({"/news": Route(page, content_type="text/html")}) as site:
        feed_id = add_feed(rt, site.url + "/news")
        outcome = refresh(rt, feed_id)
    feed = feed_row(rt, feed_id)
    assert outcome.error and feed.last_error == outcome.error
    assert "feed" in feed.last_error and feed.last_status == 200


def test_a_loopback_feed_is_refused_unless_private_feeds_are_allowed(rt: Runtime) -> None:
    with Site({"/f.xml": Route(FEED)}) as site:
        feed_id = add_feed(rt, site.url + "/f.xml")
        with make_client(5) as client:
            refused = refresh_feed(rt.sessions, feed_id, client, max_bytes=1_000_000)
        allowed = refresh(rt, feed_id)
    assert "non-public address" in refused.error
    assert allowed.new == 2
    with rt.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Item)) == 2
