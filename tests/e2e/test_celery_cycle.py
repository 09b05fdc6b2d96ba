"""`digest run` on a real Celery worker process over Redis, end to end."""

from __future__ import annotations

import email
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.local.demo import FEEDS, sample_documents
from digest.local.feedserver import FeedServer
from digest.models import Feed, MembershipStatus, utcnow
from digest.runtime import Runtime
from tests.conftest import RedisSpace


@pytest.fixture
def worker_env(rt: Runtime, redis_space: RedisSpace) -> dict[str, str]:
    return {
        **os.environ,
        "DIGEST_DATABASE_URL": rt.settings.effective_database_url,
        "DIGEST_DATA_DIR": str(rt.settings.data_dir),
        "DIGEST_REDIS_URL": redis_space.url,
        "DIGEST_REDIS_PREFIX": redis_space.prefix,
        "DIGEST_ALLOW_PRIVATE_FEEDS": "1",
        "DIGEST_SECRET_KEY": "e2e-secret-at-least-32-characters-long",
        "DIGEST_BASE_URL": "https://digest.example.org",
    }


@pytest.fixture
def worker(worker_env: dict[str, str], tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    log = (tmp_path / "worker.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "digest", "worker", "--concurrency", "2", "--loglevel", "info"],
        env=worker_env, stdout=log, stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while b"ready." not in (tmp_path / "worker.log").read_bytes():
        assert proc.poll() is None, (tmp_path / "worker.log").read_text()
        assert time.monotonic() < deadline, "worker did not start"
        time.sleep(0.2)
    yield proc
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.mark.slow
def test_digest_run_on_a_worker_mails_active_members_only(
    rt: Runtime, worker: subprocess.Popen[bytes], worker_env: dict[str, str]
) -> None:
    with FeedServer(sample_documents(utcnow())) as server:
        with rt.sessions() as session, session.begin():
            for path in FEEDS:
                session.add(Feed(url=server.url + path))
            ml = create_list(session, "Syria Digest")
            subscribe(session, ml.id, "rana@example.org", name="Rana")
            subscribe(session, ml.id, "tom@example.org", name="Tom")
            subscribe(session, ml.id, "gone@example.org", status=MembershipStatus.UNSUBSCRIBED)
            subscribe(session, ml.id, "later@example.org", status=MembershipStatus.PENDING)
        result = subprocess.run(
            [sys.executable, "-m", "digest", "run"], env=worker_env, capture_output=True,
            text=True, timeout=300,
        )
    assert result.returncode == 0, result.stderr
    assert "Running on Celery workers" in result.stdout
    assert "Syria Digest" in result.stdout  # the summary names the list, not its id
    row = next(line for line in result.stdout.splitlines() if "Syria Digest" in line)
    # Two readers sent, two members left out (unsubscribed, unconfirmed), as in-process runs say.
    assert [cell.strip() for cell in row.split("│") if cell.strip()][-2:] == ["2", "2"]
    outbox = rt.settings.data_dir / "outbox"
    received = sorted(
        email.message_from_bytes(p.read_bytes(), policy=policy.default)["To"].addresses[0].addr_spec
        for p in outbox.glob("*.eml")
    )
    assert received == ["rana@example.org", "tom@example.org"]
