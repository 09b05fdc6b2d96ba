"""Real digest processes for end-to-end tests: start, wait for, stop; every wait bounded."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.lifecycle.items import fetch_and_ready
from digest.local.demo import FEEDS, sample_documents
from digest.local.feedserver import FeedServer
from digest.models import Edition, Feed, MembershipStatus, utcnow
from digest.runtime import Runtime


class Terminal:
    """`digest ...` typed in a terminal with this environment: each call one process."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(self, *args: str, code: int = 0) -> str:
        """Run `digest ARGS`; its output (stdout then stderr), asserting its exit code."""
        done = subprocess.run([sys.executable, "-m", "digest", *args], env=self.env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == code, f"digest {' '.join(args)}:\n{done.stdout}{done.stderr}"
        return done.stdout + done.stderr


def wait_for(condition: Callable[[], bool], seconds: float, what: str,
             log: Path | None = None) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            detail = f"\n{log.read_text(errors='replace')[-4000:]}" if log else ""
            raise AssertionError(f"timed out waiting for {what}{detail}")
        time.sleep(0.1)


def start(args: list[str], env: dict[str, str], log: Path, ready: bytes
          ) -> subprocess.Popen[bytes]:
    """Run `python -m digest ARGS` in its own process group; return once `ready` is logged."""
    seen_before = log.read_bytes().count(ready) if log.exists() else 0
    with log.open("ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "digest", *args], env=env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for(lambda: proc.poll() is None and log.read_bytes().count(ready) > seen_before,
                 60, f"{args[0]} to start", log)
    except AssertionError:
        stop(proc)
        raise
    return proc


def start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return start(["worker", "--concurrency", "2", "--loglevel", "info"], env, log, b"ready.")


def start_beat(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return start(["beat", "--loglevel", "info"], env, log, b"beat: Starting")


def stop(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    """Signal the process group; SIGKILL what is still there after 30 s."""
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def celery_pid(log: Path) -> int:
    """The pid of the Celery worker that `digest worker`'s supervisor started last."""
    found = re.findall(rb"started the Celery worker \(pid (\d+)\)", log.read_bytes())
    assert found, f"no Celery worker started:\n{log.read_text(errors='replace')[-4000:]}"
    return int(found[-1])


@contextmanager
def running(procs: list[subprocess.Popen[bytes]]) -> Iterator[list[subprocess.Popen[bytes]]]:
    """Stop every process in the list on the way out (the list may grow meanwhile)."""
    try:
        yield procs
    finally:
        for proc in procs:
            stop(proc)


def list_due_now(rt: Runtime, active: int, inactive: int) -> int:
    """A daily list (its latest 07:00 UTC is always within the catch-up) with fresh news."""
    now = utcnow()
    with FeedServer(sample_documents(now)) as server:
        with rt.sessions() as session, session.begin():
            session.add_all(Feed(url=server.url + path) for path in FEEDS)
            ml = create_list(session, "Syria Digest")
            ml.schedule_cron, ml.timezone = "0 7 * * *", "UTC"
            ml.created_at = now - timedelta(days=30)
            for n in range(active):
                subscribe(session, ml.id, f"reader{n}@example.org")
            for n in range(inactive):
                subscribe(session, ml.id, f"gone{n}@example.org",
                          status=MembershipStatus.UNSUBSCRIBED)
            list_id = ml.id
        fetch_and_ready(rt.sessions, rt.settings, now=now)
    return list_id


def editions(rt: Runtime) -> list[tuple[str, str]]:
    """(slot, status) of every edition."""
    with rt.sessions() as session:
        found = session.scalars(select(Edition).order_by(Edition.id))
        return [(e.slot, str(e.status)) for e in found]
