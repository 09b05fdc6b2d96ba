"""The supervisor in `digest worker`, on small real child processes instead of Celery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest.scheduling.supervisor import Policy, supervise
from tests.e2e.processes import wait_for

FAST = Policy(first_delay=0.05, max_delay=0.1, stable_after=60, quick=5, give_up_after=3)


def _child(script: str, starts: Path) -> list[str]:
    """A Python child that notes each start (its pid) in `starts`, then runs `script`."""
    note = f"open({str(starts)!r}, 'a').write(str(__import__('os').getpid()) + '\\n')"
    return [sys.executable, "-c", f"{note}\n{script}"]


def _pids(starts: Path) -> list[int]:
    return [int(p) for p in starts.read_text().split()] if starts.exists() else []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


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
