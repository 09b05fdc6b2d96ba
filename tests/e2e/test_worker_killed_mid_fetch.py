"""A worker killed with SIGKILL in the middle of a feed refresh: nothing lost, nothing twice.

The feeds are served on loopback by digest's own FeedServer; one feed's response
is held back, so the kill lands while a worker process is fetching it.  Either
the whole `digest worker` is killed and another one started (a crashed machine),
or only the Celery worker under it (the OOM killer), which the supervisor in
`digest worker` replaces.  The next feed ticks fetch the feed again once its
per-feed lock has expired; every entry is stored exactly once.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from sqlalchemy import select

from digest.ingest.prepare import prepare_document
from digest.local.demo import sample_documents
from digest.local.feedserver import FeedServer
from digest.models import Feed, Item, utcnow
from digest.runtime import Runtime
from digest.scheduling.supervisor import kill_tree
from tests.conftest import RedisSpace
from tests.e2e.processes import (
    celery_pid,
    running,
    start_beat,
    start_worker,
    stop,
    wait_for,
)

HELD, OTHERS = "/levant-wire.xml", ["/global-desk.atom", "/orient-ledger.rdf"]


class HeldFeedServer(FeedServer):
    """A FeedServer that holds requests for one path until `release` is set."""

    def __init__(self, documents: Mapping[str, tuple[bytes, str]], held: str) -> None:
        self.held, self.arrived, self.release = held, threading.Event(), threading.Event()
        super().__init__(documents)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        base, server = super()._handler(), self

        class Held(base):  # type: ignore[misc,valid-type]
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                if self.path == server.held and not server.release.is_set():
                    server.requests.append((self.path, dict(self.headers.items())))
                    server.arrived.set()
                    server.release.wait(60)
                    return  # the worker that asked is dead by now
                super().do_GET()

        return Held

    def requests_for(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


@pytest.fixture
def feeds(rt: Runtime) -> Iterator[HeldFeedServer]:
    now = utcnow()
    documents = sample_documents(now)
    server = HeldFeedServer(documents, HELD)
    with server:
        with rt.sessions() as session, session.begin():
            session.add_all(Feed(url=server.url + path) for path in [HELD, *OTHERS])
        yield server


def _expected_keys(server: HeldFeedServer) -> dict[str, set[str]]:
    """Each feed URL -> the item keys its document holds (what a clean fetch stores)."""
    now = utcnow()
    return {server.url + path: {row.key for row in prepare_document(
        body, content_type, server.url + path, now).rows}
        for path, (body, content_type) in server.documents.items() if path in [HELD, *OTHERS]}


def _stored_keys(rt: Runtime) -> list[tuple[str, str]]:
    with rt.sessions() as session:
        return [(url, key) for url, key in session.execute(
            select(Feed.url, Item.key).join(Item.feed))]


def _every_feed_stored(rt: Runtime, expected: Mapping[str, set[str]]) -> bool:
    stored = Counter(url for url, _ in _stored_keys(rt))
    return all(stored.get(url, 0) >= len(keys) for url, keys in expected.items())


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
@pytest.mark.parametrize("what", ["whole-worker", "celery-under-supervisor"])
def test_a_worker_killed_mid_fetch_loses_and_duplicates_no_item(
    rt: Runtime, redis_space: RedisSpace, feeds: HeldFeedServer, tmp_path: Path, what: str
) -> None:
    env = {
        **os.environ,
        "DIGEST_DATABASE_URL": rt.settings.effective_database_url,
        "DIGEST_DATA_DIR": str(rt.settings.data_dir),
        "DIGEST_REDIS_URL": redis_space.url,
        "DIGEST_REDIS_PREFIX": redis_space.prefix,
        "DIGEST_ALLOW_PRIVATE_FEEDS": "1",
        "DIGEST_SECRET_KEY": "fetch-kill-secret-at-least-32-characters-long",
        "DIGEST_FEED_TICK_SECONDS": "1",
        "DIGEST_FETCH_TIMEOUT": "2",  # the killed fetch's feed lock expires after 34 s
    }
    rt.settings.data_dir.mkdir(parents=True, exist_ok=True)
    log = tmp_path / "worker.log"
    expected = _expected_keys(feeds)
    with running([start_worker(env, log)]) as procs:
        procs.append(start_beat(env, tmp_path / "beat.log"))
        wait_for(feeds.arrived.is_set, 60, "a worker to start fetching the held feed", log)
        if what == "whole-worker":
            stop(procs[0], signal.SIGKILL)
        else:
            kill_tree(celery_pid(log))
        assert not [k for url, k in _stored_keys(rt) if url.endswith(HELD)], "stored before kill"
        feeds.release.set()
        if what == "whole-worker":
            procs.append(start_worker(env, log))
        # Every feed, not only the held one: the kill can also land in another feed's fetch,
        # whose lock then expires a little later than the held feed's.
        wait_for(lambda: _every_feed_stored(rt, expected), 90,
                 "every feed, the held one again, to be stored", log)
        if what == "celery-under-supervisor":
            assert procs[0].poll() is None, "digest worker stopped instead of restarting"
            assert b"was killed by SIGKILL unexpectedly; starting a new one" in log.read_bytes()
    stored = _stored_keys(rt)
    assert len(stored) == len(set(stored)), "an item was stored twice"
    by_feed: dict[str, set[str]] = {}
    for url, key in stored:
        by_feed.setdefault(url, set()).add(key)
    assert by_feed == expected
    assert feeds.requests_for(HELD) >= 2  # the killed fetch, then the one that stored it
