"""The supervisor in `digest worker`, on small real child processes instead of Celery, and
its liveness check on a real Celery worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest.runtime import Runtime
from digest.scheduling.supervisor import Liveness, Policy, descendants, supervise
from tests.conftest import TEST_SECRET_KEY, RedisSpace
from tests.e2e.processes import celery_pid, running, start_worker, wait_for

FAST = Policy(first_delay=0.05, max_delay=0.1, stable_after=60, quick=5, give_up_after=3)


def _child(script: str, starts: Path) -> list[str]:
    """A Python child that notes each start (its pid) in `starts`, then runs `script`."""
    note = f"open({str(starts)!r}, 'a').write(str(__import__('os').getpid()) + '\\n')"
    return [sys.executable, "-c", f"{note}\n{script}"]


def _pids(starts: Path) -> list[int]:
    return [int(p) for p in starts.read_text().split()] if starts.exists() else []


def _alive(pid: int) -> bool:
    """Running, or stopped; not gone and not a zombie waiting for a parent to reap it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_a_worker_that_dies_is_started_again_and_a_clean_exit_ends_it(tmp_path: Path) -> None:
    starts = tmp_path / "starts"
    script = f"import sys; sys.exit(0 if len(open({str(starts)!r}).read().split()) >= 3 else 9)"
    assert supervise(_child(script, starts), FAST) == 0
    assert len(_pids(starts)) == 3


def test_it_gives_up_on_a_worker_that_cannot_stay_up(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    starts = tmp_path / "starts"
    assert supervise(_child("import sys; sys.exit(3)", starts), FAST) == 1
    assert len(_pids(starts)) == 3
    err = capfd.readouterr().err
    assert err.count("exited with code 3 unexpectedly; starting a new one") == 2
    assert "giving up" in err


@pytest.fixture
def supervised_sleeper(tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """`supervise` in its own process, over a child that exits 0 on SIGTERM."""
    starts = tmp_path / "starts"
    child = _child("import signal, sys, time\n"
                   "signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))\n"
                   "time.sleep(120)", starts)
    code = ("import sys; from digest.scheduling.supervisor import supervise; "
            f"sys.exit(supervise({child!r}))")
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
    wait_for(lambda: bool(_pids(starts)), 20, "the child to start")
    return proc, starts


def test_a_stop_signal_reaches_the_worker_and_nothing_is_restarted(
        supervised_sleeper: tuple[subprocess.Popen[bytes], Path]) -> None:
    proc, starts = supervised_sleeper
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0
    time.sleep(0.3)
    assert len(_pids(starts)) == 1
    assert not _alive(_pids(starts)[0])


def test_the_worker_does_not_outlive_a_killed_supervisor(
        supervised_sleeper: tuple[subprocess.Popen[bytes], Path]) -> None:
    proc, starts = supervised_sleeper
    proc.kill()
    proc.wait(timeout=20)
    child = _pids(starts)[0]
    wait_for(lambda: not _alive(child), 20, "the orphaned child to stop")


def _beating_child(starts: Path, heartbeat: Path, first_run: str) -> list[str]:
    """A child that beats on `heartbeat` and, on its first start, runs `first_run`; on its
    second it exits 0."""
    return _child(f"""
import os, signal, subprocess, sys, time
from pathlib import Path
beat = Path({str(heartbeat)!r})
if len(open({str(starts)!r}).read().split()) > 1:
    sys.exit(0)
{first_run}""", starts)


def test_a_worker_that_stops_beating_is_killed_with_what_it_started_and_replaced(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    starts, heartbeat, pool = tmp_path / "starts", tmp_path / "heartbeat", tmp_path / "pool"
    # A wedged worker: it started a pool process, beat once, and now ignores SIGTERM.
    wedged = f"""
sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
open({str(pool)!r}, "w").write(str(sleeper.pid))
signal.signal(signal.SIGTERM, signal.SIG_IGN)
beat.touch()
time.sleep(120)"""
    liveness = Liveness(heartbeat, stale_after=1.0)
    assert supervise(_beating_child(starts, heartbeat, wedged), FAST, liveness) == 0
    first, _second = _pids(starts)
    assert not _alive(first)
    assert not _alive(int(pool.read_text()))
    err = capfd.readouterr().err
    assert f"the Celery worker (pid {first}) has not beaten for" in err
    assert "was killed by SIGKILL unexpectedly; starting a new one" in err


def test_a_worker_that_keeps_beating_is_left_to_run(tmp_path: Path) -> None:
    starts, heartbeat = tmp_path / "starts", tmp_path / "heartbeat"
    healthy = """
for _ in range(20):
    beat.touch(); time.sleep(0.2)
sys.exit(0)"""
    liveness = Liveness(heartbeat, stale_after=1.0)
    assert supervise(_beating_child(starts, heartbeat, healthy), FAST, liveness) == 0
    assert len(_pids(starts)) == 1  # four seconds, never more than 0.2 s silent


def _heartbeat_of(pid: int) -> Path:
    """The heartbeat file the supervisor gave the Celery worker `pid`, from its command line."""
    args = Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")
    return Path(next(a for a in args if a.startswith("--heartbeat-file=")).split("=", 1)[1])


@pytest.mark.slow
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_digest_worker_replaces_a_celery_worker_that_stops_beating(
        rt: Runtime, redis_space: RedisSpace, tmp_path: Path) -> None:
    env = {**os.environ, "DIGEST_DATABASE_URL": rt.settings.effective_database_url,
           "DIGEST_DATA_DIR": str(rt.settings.data_dir), "DIGEST_SECRET_KEY": TEST_SECRET_KEY,
           "DIGEST_REDIS_URL": redis_space.url, "DIGEST_REDIS_PREFIX": redis_space.prefix,
           "DIGEST_WORKER_HEARTBEAT_TIMEOUT": "30"}
    log = tmp_path / "worker.log"
    with running([start_worker(env, log)]):
        first = celery_pid(log)
        heartbeat = _heartbeat_of(first)
        beaten = heartbeat.stat().st_mtime
        wait_for(lambda: heartbeat.stat().st_mtime > beaten, 20, "the worker to beat", log)
        pool = descendants(first)
        assert pool, "the Celery worker started no pool processes"
        os.kill(first, signal.SIGSTOP)  # up, but its event loop runs no more: as if wedged
        wait_for(lambda: celery_pid(log) != first, 90, "a new Celery worker", log)
        assert not [pid for pid in (first, *pool) if _alive(pid)]
        assert f"the Celery worker (pid {first}) has not beaten for" in log.read_text()
        wait_for(lambda: b"ready." in log.read_bytes().split(b"started the Celery worker")[-1],
                 60, "the new worker to be ready", log)
