"""Redis restarted empty mid-send: every active reader is mailed once, nobody is missed.

The test runs its own Redis (see own_redis.py) and stops it while a real worker
process has batches out and more queued, then starts a fresh, empty one in its
place.  Every queued send_batch task is gone with the old server.  The worker
reconnects (or, should kombu kill it while reconnecting, `digest worker` starts a
new one), and the send tick sees the send has stalled (no progress for
DIGEST_SEND_STALL_SECONDS) and queues its pending batches again from the ledger.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from digest.local.sendgrid_sink import Sink, SinkConfig
from digest.models import BatchStatus, Delivery, EditionStatus
from digest.runtime import Runtime
from tests.e2e.own_redis import RedisServer, own_redis_server
from tests.e2e.processes import editions, list_due_now, running, start_beat, start_worker, wait_for

ACTIVE, INACTIVE = 150, 10


def _env(rt: Runtime, redis_url: str, sink_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DIGEST_DATABASE_URL": rt.settings.effective_database_url,
        "DIGEST_DATA_DIR": str(rt.settings.data_dir),
        "DIGEST_REDIS_URL": redis_url,
        "DIGEST_SECRET_KEY": "restart-secret-at-least-32-characters-long",
        "DIGEST_BASE_URL": "https://digest.example.org",
        "DIGEST_TRANSPORT": "sendgrid",
        "SENDGRID_API_KEY": "SG.restart-test",
        "DIGEST_SENDGRID_HOST": sink_url,
        "DIGEST_SEND_BATCH_SIZE": "5",
        "DIGEST_SEND_TICK_SECONDS": "1",
        "DIGEST_SEND_STALL_SECONDS": "3",
        # A limit high enough not to slow the send, so the shared bucket in Redis is used
        # (and has to live through the restart too).
        "DIGEST_SEND_RATE_LIMIT": "1000",
        # A worker whose shutdown wedges after kombu's reconnect crash (seen once) is replaced
        # well within the test's 90 s.
        "DIGEST_WORKER_HEARTBEAT_TIMEOUT": "30",
    }


def _restart_empty(server: RedisServer) -> None:
    """Stop the server with tasks in it and start an empty one in its place."""
    assert server.keys() > 0, "nothing was queued in Redis: the restart would prove nothing"
    server.stop()  # every queued send_batch task goes with it
    time.sleep(1)
    server.start()


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
@pytest.mark.parametrize("unix", [False, True], ids=["tcp", "unix-socket"])
def test_a_send_survives_redis_restarting_empty_and_mails_each_reader_once(
    rt: Runtime, tmp_path: Path, unix: bool
) -> None:
    list_due_now(rt, ACTIVE, INACTIVE)
    rt.settings.data_dir.mkdir(parents=True, exist_ok=True)
    worker_log = tmp_path / "worker.log"
    with own_redis_server(unix=unix) as server, \
            Sink(SinkConfig(latency_ms=150, schema_check=False)) as sink:
        env = _env(rt, server.url, sink.url)
        with running([start_worker(env, worker_log)]) as procs:
            procs.append(start_beat(env, tmp_path / "beat.log"))
            wait_for(lambda: sink.counts()["accepted_messages"] >= 4, 60, "the send to begin",
                     worker_log)
            _restart_empty(server)
            assert sink.counts()["accepted_recipients"] < ACTIVE, "the send ended too soon"
            wait_for(lambda: [s for _, s in editions(rt)] == [EditionStatus.SENT], 90,
                     "the edition to be sent after the restart", worker_log)
        received = Counter(r.email for r in sink.recipients())
    with rt.sessions() as session:
        ledger = {d.email: d.status for d in session.scalars(select(Delivery))}
    active = {f"reader{n}@example.org" for n in range(ACTIVE)}
    assert set(received) == active
    assert max(received.values()) == 1, [e for e, n in received.items() if n > 1]
    assert ledger == dict.fromkeys(active, BatchStatus.SENT)
    assert len(editions(rt)) == 1
