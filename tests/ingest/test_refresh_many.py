"""refresh_feeds: many feeds at once, politeness per host, parsing in worker processes."""

import time
from pathlib import Path

from sqlalchemy import func, select

from digest.ingest.hosts import interleave_by_host
from digest.ingest.refresh import refresh_feeds
from digest.models import Feed, Item
from digest.runtime import Runtime
from tests.ingest.site import Route, Site, item, rss

DATA = Path(__file__).parent.parent / "data" / "ingest"


def add_feeds(rt: Runtime, urls: list[str]) -> list[int]:
    with rt.sessions() as session, session.begin():
        feeds = [Feed(url=u) for u in urls]
        session.add_all(feeds)
        session.flush()
        return [f.id for f in feeds]


def test_one_host_never_sees_more_than_the_per_host_limit(rt: Runtime) -> None:
    routes = {f"/f{i}.xml": Route(rss(item(f"story {i}", guid=str(i))), delay=0.2)
              for i in range(6)}
    with Site(routes) as site:
        ids = add_feeds(rt, [site.url + path for path in routes])
        started = time.monotonic()
        outcomes = refresh_feeds(rt.sessions, ids, timeout=5, max_bytes=1_000_000,
                                 concurrency=6, per_host=2, allow_private=True, parse_workers=1)
        elapsed = time.monotonic() - started
    assert [o.new for o in outcomes] == [1] * 6
    assert site.most_in_flight == 2
    assert elapsed >= 0.6  # three rounds of two


def test_different_hosts_are_fetched_at_the_same_time(rt: Runtime) -> None:
    sites = [Site({"/f.xml": Route(rss(item("a", guid="1")), delay=0.5)}, host=f"127.0.0.{n}")
             for n in range(1, 5)]
    for site in sites:
        site.__enter__()
    try:
        ids = add_feeds(rt, [s.url + "/f.xml" for s in sites])
        started = time.monotonic()
        outcomes = refresh_feeds(rt.sessions, ids, timeout=5, max_bytes=1_000_000,
                                 concurrency=8, per_host=1, allow_private=True)
        elapsed = time.monotonic() - started
    finally:
        for site in sites:
            site.__exit__()
    assert all(o.error == "" for o in outcomes)
    assert elapsed < 1.5  # four hosts in parallel, not four times 0.5 s in a row


def test_many_real_feeds_parse_in_worker_processes_and_land_once(rt: Runtime) -> None:
    files = ["orf_news_2017.rdf", "jn_portugal_2018_latin1.xml", "aljazeera_all_2026.xml",
             "npr_world_2026.xml", "verge_frontpage_2017.atom", "levant_wire.xml"]
    routes = {f"/{n}/{name}": Route((DATA / name).read_bytes()) for n in range(2)
              for name in files}
    with Site(routes) as site:
        ids = add_feeds(rt, [site.url + path for path in routes])
        first = refresh_feeds(rt.sessions, ids, timeout=10, max_bytes=5_000_000,
                              concurrency=8, allow_private=True, parse_workers=2)
        again = refresh_feeds(rt.sessions, ids, timeout=10, max_bytes=5_000_000,
                              concurrency=8, allow_private=True, parse_workers=2)
    assert [o.feed_id for o in first] == ids
    assert all(o.error == "" and o.new > 0 for o in first)
    assert all(o.not_modified and o.new == 0 for o in again)
    with rt.sessions() as session:
        stored = session.scalar(select(func.count()).select_from(Item))
    assert stored == sum(o.new for o in first)


def test_interleaving_spreads_one_hosts_feeds_apart() -> None:
    urls = ["http://a.test/1", "http://a.test/2", "http://a.test/3", "http://b.test/1",
            "http://c.test/1"]
    assert interleave_by_host(urls, lambda u: u) == [
        "http://a.test/1", "http://b.test/1", "http://c.test/1", "http://a.test/2",
        "http://a.test/3"]
