from pathlib import Path

from sqlalchemy import func, select

from digest.ingest.fetch import make_client
from digest.ingest.refresh import refresh_feed, refresh_feeds
from digest.local.feedserver import FeedServer
from digest.models import Feed, Item
from digest.runtime import Runtime

DATA = Path(__file__).parent.parent / "data" / "ingest"


def _add_feeds(rt: Runtime, *urls: str) -> list[int]:
    with rt.sessions() as session, session.begin():
        feeds = [Feed(url=u) for u in urls]
        session.add_all(feeds)
        session.flush()
        return [f.id for f in feeds]


def test_a_broken_feed_never_stops_the_others(rt: Runtime) -> None:
    docs = {"/good.xml": ((DATA / "levant_wire.xml").read_bytes(), "application/rss+xml"),
            "/page.html": (b"<html><body>moved</body></html>", "text/html")}
    with FeedServer(docs) as server:
        ids = _add_feeds(rt, server.url + "/good.xml", server.url + "/page.html",
                         server.url + "/missing.xml")
        outcomes = refresh_feeds(rt.sessions, ids, timeout=5, max_bytes=1_000_000,
                                  allow_private=True)
    assert [o.error == "" for o in outcomes] == [True, False, False]
    with rt.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Item)) == 6
        broken = session.get(Feed, ids[2])
        assert broken is not None
        assert broken.last_status == 404 and broken.consecutive_failures == 1
        assert "404" in broken.last_error


def test_a_second_fetch_sends_the_etag_and_stores_nothing_twice(rt: Runtime) -> None:
    docs = {"/f.xml": ((DATA / "levant_wire.xml").read_bytes(), "application/rss+xml")}
    with FeedServer(docs) as server, make_client(5) as client:
        (feed_id,) = _add_feeds(rt, server.url + "/f.xml")
        first = refresh_feed(rt.sessions, feed_id, client, max_bytes=1_000_000,
                             allow_private=True)
        second = refresh_feed(rt.sessions, feed_id, client, max_bytes=1_000_000,
                             allow_private=True)
        assert "If-None-Match" in server.requests[-1][1]
    assert first.new == 6
    assert second.not_modified and second.new == 0


def test_hostile_content_is_stored_clean_and_future_dates_are_clamped(rt: Runtime) -> None:
    docs = {"/h.xml": ((DATA / "hostile.xml").read_bytes(), "application/rss+xml")}
    with FeedServer(docs) as server, make_client(5) as client:
        (feed_id,) = _add_feeds(rt, server.url + "/h.xml")
        outcome = refresh_feed(rt.sessions, feed_id, client, max_bytes=1_000_000,
                             allow_private=True)
    assert outcome.new == 2
    with rt.sessions() as session:
        item = session.scalars(select(Item).order_by(Item.id)).first()
        assert item is not None
        assert "\n" not in item.title and "<script" not in item.title
        assert "javascript:" not in item.summary_html and "onclick" not in item.summary_html
        assert item.link == "http://hostile.test/x?id=7"
        assert item.published_at <= item.fetched_at


def test_an_oversized_body_is_refused(rt: Runtime) -> None:
    docs = {"/big.xml": (b"<rss>" + b" " * 5000 + b"</rss>", "application/rss+xml")}
    with FeedServer(docs) as server, make_client(5) as client:
        (feed_id,) = _add_feeds(rt, server.url + "/big.xml")
        outcome = refresh_feed(rt.sessions, feed_id, client, max_bytes=1000,
                             allow_private=True)
    assert "larger than 1000 bytes" in outcome.error
