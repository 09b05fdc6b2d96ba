"""Several real worker processes on one Redis and one database split the work, no duplicates."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import distinct, func, select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.models import DeliveryBatch, Edition, EditionStatus, MembershipStatus
from digest.runtime import Runtime
from tests.conftest import RedisSpace


def _start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "digest", "worker", "--concurrency", "1",
         "-Q", "send,compose,ingest"],
        env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while b"ready." not in log.read_bytes():
        assert proc.poll() is None, log.read_text()
        assert time.monotonic() < deadline, "worker did not start"
        time.sleep(0.2)
    return proc


@pytest.fixture
def three_workers(rt: Runtime, redis_space: RedisSpace, tmp_path: Path
                  ) -> Iterator[dict[str, str]]:
    env = {**os.environ, "DIGEST_DATABASE_URL": rt.settings.effective_database_url,
           "DIGEST_DATA_DIR": str(rt.settings.data_dir), "DIGEST_REDIS_URL": redis_space.url,
           "DIGEST_REDIS_PREFIX": redis_space.prefix, "DIGEST_SECRET_KEY": "k" * 32,
           "DIGEST_SEND_BATCH_SIZE": "50"}
    procs = [_start_worker(env, tmp_path / f"w{n}.log") for n in range(3)]
    yield env
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_large_send_splits_across_workers_without_duplicates(
    rt: Runtime, three_workers: dict[str, str]
) -> None:
    from digest.scheduling.tasks import app, start_send

    app.conf.broker_url = app.conf.result_backend = three_workers["DIGEST_REDIS_URL"]
    app.conf.broker_transport_options = {
        "global_keyprefix": three_workers["DIGEST_REDIS_PREFIX"]}
    app.conf.result_backend_transport_options = {
        "global_keyprefix": three_workers["DIGEST_REDIS_PREFIX"]}
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Big")
        for n in range(1500):
            subscribe(session, ml.id, f"r{n:05d}@example.org")
        for n in range(100):
            subscribe(session, ml.id, f"x{n:05d}@example.org",
                      status=MembershipStatus.UNSUBSCRIBED)
        edition = Edition(list_id=ml.id, slot="s1", subject="Big", html="<p>-name-</p>",
                          text="-name-")
        session.add(edition)
        session.flush()
        edition_id = edition.id
    start_send.delay(edition_id).get(timeout=120)
    deadline = time.monotonic() + 240
    while True:
        with rt.sessions() as session:
            status = session.get(Edition, edition_id).status  # type: ignore[union-attr]
        if status == EditionStatus.SENT or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert status == EditionStatus.SENT
    files = list((rt.settings.data_dir / "outbox").glob("*.eml"))
    assert len(files) == 1500
    with rt.sessions() as session:
        workers = session.scalar(select(func.count(distinct(DeliveryBatch.claimed_by))))
    assert workers is not None and workers >= 2
