"""A real Celery worker killed with SIGKILL mid-send, then restarted: nobody mailed twice.

The send goes through the sendgrid transport to a sink on loopback that takes a
while to answer, so the kill lands with batches claimed and in flight.  A batch
that was being handed over when the worker died may or may not have reached the
sink; the ledger reports it as uncertain and never sends it again.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.local.sendgrid_sink import Sink, SinkConfig
from digest.models import BatchStatus, Delivery, Edition, EditionStatus, MembershipStatus, utcnow
from digest.runtime import Runtime
from digest.scheduling.schedule import current_slot
from tests.conftest import RedisSpace

ACTIVE, INACTIVE = 150, 20


def _start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    ready_before = log.read_bytes().count(b"ready.") if log.exists() else 0
    out = log.open("ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "digest", "worker", "--concurrency", "2", "--loglevel", "info",
         "--queues", "send"],
        env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    out.close()
    deadline = time.monotonic() + 60
    while log.read_bytes().count(b"ready.") <= ready_before:
        if proc.poll() is not None or time.monotonic() > deadline:
            _stop(proc)
            raise AssertionError(f"worker did not start:\n{log.read_text()}")
        time.sleep(0.2)
    return proc


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _edition(rt: Runtime) -> int:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        for n in range(ACTIVE):
            subscribe(session, ml.id, f"reader{n}@example.org")
        for n in range(INACTIVE):
            status = MembershipStatus.UNSUBSCRIBED if n % 2 else MembershipStatus.BOUNCED
            subscribe(session, ml.id, f"gone{n}@example.org", status=status)
        edition = Edition(list_id=ml.id, slot=current_slot(ml, utcnow()), subject="Aleppo",
                          html="<p>Hi -name-</p>", text="Hi -name-")
        session.add(edition)
        session.flush()
        return edition.id


@pytest.mark.slow
@pytest.mark.parametrize("faults", [
    pytest.param({}, id="clean"),
    pytest.param({"fail_429_share": 0.2, "fail_5xx_share": 0.15, "seed": 7}, id="429-and-5xx"),
])
def test_a_worker_killed_mid_send_mails_each_active_reader_at_most_once(
    rt: Runtime, redis_space: RedisSpace, tmp_path: Path, faults: dict[str, float]
) -> None:
    edition_id = _edition(rt)
    with Sink(SinkConfig(latency_ms=250, schema_check=False, retry_after_seconds=1,
                         **faults)) as sink:  # type: ignore[arg-type]
        env = {
            **os.environ,
            "DIGEST_DATABASE_URL": rt.settings.effective_database_url,
            "DIGEST_DATA_DIR": str(rt.settings.data_dir),
            "DIGEST_REDIS_URL": redis_space.url,
            "DIGEST_REDIS_PREFIX": redis_space.prefix,
            "DIGEST_SECRET_KEY": "crash-secret-at-least-32-characters-long",
            "DIGEST_TRANSPORT": "sendgrid",
            "SENDGRID_API_KEY": "SG.crash-test",
            "DIGEST_SENDGRID_HOST": sink.url,
            "DIGEST_SEND_BATCH_SIZE": "5",
            "DIGEST_SEND_CLAIM_LEASE": "2",
            "DIGEST_SEND_MAX_RETRY_WAIT": "1",
        }
        log = tmp_path / "worker.log"
        worker = _start_worker(env, log)
        sender = subprocess.Popen(
            [sys.executable, "-m", "digest", "send", "--list", "Syria Digest"], env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + 60
            while sink.counts()["accepted_messages"] < 6:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.05)
            os.killpg(worker.pid, signal.SIGKILL)  # the worker and its pool, mid-send
            worker.wait()
            accepted_at_kill = sink.counts()["accepted_recipients"]
            assert accepted_at_kill < ACTIVE
            worker = _start_worker(env, log)
            output, _ = sender.communicate(timeout=180)
        finally:
            _stop(worker)
            if sender.poll() is None:
                sender.kill()
        received = Counter(r.email for r in sink.recipients())
    assert sender.returncode == 0, output
    with rt.sessions() as session:
        edition = session.get(Edition, edition_id)
        uncertain = set(session.scalars(select(Delivery.email).where(
            Delivery.edition_id == edition_id, Delivery.status == BatchStatus.UNCERTAIN)))
        sent = set(session.scalars(select(Delivery.email).where(
            Delivery.edition_id == edition_id, Delivery.status == BatchStatus.SENT)))
    assert edition is not None and edition.status == EditionStatus.SENT
    active = {f"reader{n}@example.org" for n in range(ACTIVE)}
    assert not any(email.startswith("gone") for email in received)
    assert max(received.values()) == 1, [e for e, n in received.items() if n > 1]
    assert sent | uncertain == active
    # Every recipient the ledger calls sent got exactly one copy; an uncertain one got
    # at most one (the kill may have landed before or after the sink accepted it).
    assert all(received[email] == 1 for email in sent)
    assert set(received) <= active
    if uncertain:
        assert "uncertain" in output.lower()
