"""Real beat processes: two at once send once; a beat killed mid-send loses and repeats nothing.

Beat ticks every second here (DIGEST_SEND_TICK_SECONDS); each beat keeps its schedule
file in its own data dir but shares the database and Redis with the worker.  Sends go
to the SendGrid sink, slowly, so there is time to kill a beat while batches are out.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest.local.sendgrid_sink import Sink, SinkConfig
from digest.models import EditionStatus
from digest.runtime import Runtime
from tests.conftest import RedisSpace
from tests.e2e.processes import (
    editions,
    list_due_now,
    running,
    start_beat,
    start_worker,
    stop,
    wait_for,
)

ACTIVE, INACTIVE = 120, 10


@pytest.fixture
def sink() -> Iterator[Sink]:
    with Sink(SinkConfig(latency_ms=150, schema_check=False)) as server:
        yield server


@pytest.fixture
def env(rt: Runtime, redis_space: RedisSpace, sink: Sink) -> dict[str, str]:
    return {
        **os.environ,
        "DIGEST_DATABASE_URL": rt.settings.effective_database_url,
        "DIGEST_DATA_DIR": str(rt.settings.data_dir),
        "DIGEST_REDIS_URL": redis_space.url,
        "DIGEST_REDIS_PREFIX": redis_space.prefix,
        "DIGEST_SECRET_KEY": "beat-secret-at-least-32-characters-long",
        "DIGEST_BASE_URL": "https://digest.example.org",
        "DIGEST_TRANSPORT": "sendgrid",
        "SENDGRID_API_KEY": "SG.beat-test",
        "DIGEST_SENDGRID_HOST": sink.url,
        "DIGEST_SEND_BATCH_SIZE": "5",
        "DIGEST_SEND_TICK_SECONDS": "1",
        "DIGEST_SEND_STALL_SECONDS": "5",
    }


def _beat_env(env: dict[str, str], tmp_path: Path, name: str) -> dict[str, str]:
    """A beat with its own schedule file (in its own data dir), on the shared DB and Redis."""
    (tmp_path / name).mkdir(exist_ok=True)  # `digest beat` does not create the data dir
    return {**env, "DIGEST_DATA_DIR": str(tmp_path / name)}


def _sent(rt: Runtime) -> bool:
    return [status for _, status in editions(rt)] == [EditionStatus.SENT]


def _assert_each_active_reader_got_one_copy(rt: Runtime, sink: Sink) -> None:
    received = Counter(r.email for r in sink.recipients())
    assert set(received) == {f"reader{n}@example.org" for n in range(ACTIVE)}
    assert max(received.values()) == 1, [e for e, n in received.items() if n > 1]
    assert len(editions(rt)) == 1


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_beats_started_by_mistake_send_each_reader_one_copy(
    rt: Runtime, env: dict[str, str], sink: Sink, tmp_path: Path
) -> None:
    list_due_now(rt, ACTIVE, INACTIVE)
    logs = [tmp_path / "beat-a.log", tmp_path / "beat-b.log"]
    with running([start_worker(env, tmp_path / "worker.log")]) as procs:
        procs += [start_beat(_beat_env(env, tmp_path, "a"), logs[0]),
                  start_beat(_beat_env(env, tmp_path, "b"), logs[1])]
        wait_for(lambda: _sent(rt), 60, "the edition to be sent", tmp_path / "worker.log")
        # Both beats keep ticking after the send; give them a few more ticks each.
        ticks_then = [log.read_bytes().count(b"send-tick") for log in logs]
        wait_for(lambda: all(log.read_bytes().count(b"send-tick") >= n + 3
                             for log, n in zip(logs, ticks_then, strict=True)),
                 30, "three more ticks from each beat")
        status = json.loads(subprocess.run(
            [sys.executable, "-m", "digest", "status", "--json"], env=env, capture_output=True,
            text=True, timeout=60, check=True).stdout)
    _assert_each_active_reader_got_one_copy(rt, sink)
    assert len(status["workers"]) == 1
    ticks = {t["tick"]: t for t in status["ticks"]}
    assert ticks["send"]["last_run"] is not None and ticks["send"]["next_due"] is not None
    assert status["lists"][0]["last_status"] == EditionStatus.SENT


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_beat_killed_mid_send_and_replaced_loses_and_repeats_nothing(
    rt: Runtime, env: dict[str, str], sink: Sink, tmp_path: Path
) -> None:
    list_due_now(rt, ACTIVE, INACTIVE)
    with running([start_worker(env, tmp_path / "worker.log")]) as procs:
        first = start_beat(_beat_env(env, tmp_path, "a"), tmp_path / "beat-a.log")
        procs.append(first)
        wait_for(lambda: sink.counts()["accepted_messages"] >= 3, 60, "the send to begin",
                 tmp_path / "worker.log")
        stop(first, signal.SIGKILL)
        assert sink.counts()["accepted_recipients"] < ACTIVE, "the send ended before the kill"
        # The replacement finds the schedule file the killed beat left behind.
        procs.append(start_beat(_beat_env(env, tmp_path, "a"), tmp_path / "beat-a.log"))
        wait_for(lambda: _sent(rt), 60, "the edition to be sent", tmp_path / "worker.log")
        ticks_then = (tmp_path / "beat-a.log").read_bytes().count(b"send-tick")
        wait_for(lambda: (tmp_path / "beat-a.log").read_bytes().count(b"send-tick")
                 >= ticks_then + 3, 30, "three more ticks")
    _assert_each_active_reader_got_one_copy(rt, sink)
