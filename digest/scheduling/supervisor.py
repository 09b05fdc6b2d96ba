"""Keep one Celery worker process running: start a new one when it dies, stop it when asked.

`digest worker` runs the Celery worker as a child of this supervisor.  A worker
can die in ways no task code can catch: killed by the OOM killer or by hand, or
inside kombu while it reconnects to a Redis that restarted (see
docs/scheduling.md).  Nothing is lost when it does (the ledger and the ticks
recover the work), but nothing gets done either until a new worker runs, so the
supervisor starts one, logging why.

Contract:
- The child exits 0: it was stopped on purpose (a signal to it, `celery control
  shutdown`); the supervisor exits 0 too.
- The child exits non-zero or is killed by a signal while no stop was asked:
  one WARNING line names the exit status, and a new child starts after a delay
  (1 s, doubling up to 30 s; back to 1 s after a child that ran a minute).
- SIGTERM, SIGINT or SIGHUP to the supervisor: it forwards SIGTERM to the child
  (Celery's warm shutdown: running tasks finish), waits for it, never restarts
  it, and exits with the child's code.  A second SIGINT (Ctrl-C twice) forwards
  SIGQUIT (cold shutdown).
- A child that dies within `quick` seconds of starting `give_up_after` times in
  a row is broken (bad settings, say): the supervisor gives up and exits 1.
- The child dies with the supervisor (SIGTERM on the supervisor's death, Linux).
- With a `Liveness`, the child is also replaced when it stops beating: its
  heartbeat file (digest.scheduling.heartbeat, touched from its event loop)
  is older than `stale_after` seconds while no stop was asked.  One WARNING
  line says so; the child and every process below it (Celery's pool) get
  SIGKILL, and a new child starts as after a death.  Start-up counts against
  the same timeout.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Policy:
    """How quickly to restart, and when to give up on a child that cannot stay up."""

    first_delay: float = 1.0
    max_delay: float = 30.0
    stable_after: float = 60.0  # a child that ran this long resets the delay
    quick: float = 10.0  # a child that died sooner than this counts towards giving up
    give_up_after: int = 5


@dataclass(frozen=True)
class Liveness:
    """The heartbeat file the child touches, and how old it may grow (seconds)."""

    heartbeat: Path
    stale_after: float


class _StderrHandler(logging.StreamHandler):
    """Writes to sys.stderr as it is at each record (the Celery child shares the stream)."""

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def _logger() -> logging.Logger:
    log = logging.getLogger("digest.worker.supervisor")
    if not log.handlers:
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter(
            "[%(asctime)s: %(levelname)s/Supervisor] digest worker: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    return log


def describe_exit(code: int) -> str:
    """'exited with code 1' or 'was killed by SIGKILL' for a Popen return code."""
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with code {code}"


def _die_with_parent() -> None:
    """In the child, before exec: ask Linux to send SIGTERM when the supervisor dies."""
    with contextlib.suppress(OSError, AttributeError):  # not Linux: best effort only
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class Supervisor:
    """Runs `command` as described in the module docstring."""

    def __init__(self, command: Sequence[str], policy: Policy | None = None,
                 liveness: Liveness | None = None) -> None:
        self.command = list(command)
        self.policy = policy or Policy()
        self.liveness = liveness
        self.log = _logger()
        self.child: subprocess.Popen[bytes] | None = None
        self.stops_asked = 0
        self.interrupts = 0

    def run(self) -> int:
        """Supervise until the child stops on purpose or we are asked to stop."""
        previous = {sig: signal.signal(sig, self._on_stop_signal) for sig in STOP_SIGNALS}
        try:
            return self._loop()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _loop(self) -> int:
        delay, quick_deaths, restarts = self.policy.first_delay, 0, 0
        while True:
            started = time.monotonic()
            self.child = subprocess.Popen(self.command, preexec_fn=_die_with_parent)
            self.log.info("started the Celery worker (pid %d)", self.child.pid)
            code = self._wait(self.child)
            ran = time.monotonic() - started
            if self.stops_asked or code == 0:
                return code
            quick_deaths = quick_deaths + 1 if ran < self.policy.quick else 0
            if quick_deaths >= self.policy.give_up_after:
                self.log.error("the Celery worker %s %d times within %.0f s of starting; "
                               "giving up", describe_exit(code), quick_deaths, self.policy.quick)
                return 1
            if ran >= self.policy.stable_after:
                delay = self.policy.first_delay
            restarts += 1
            self.log.warning("the Celery worker (pid %d) %s unexpectedly; starting a new one "
                             "in %g s (restart %d)", self.child.pid, describe_exit(code),
                             delay, restarts)
            if not self._sleep(delay):
                return code
            delay = min(delay * 2, self.policy.max_delay)

    def _wait(self, child: subprocess.Popen[bytes]) -> int:
        """The child's exit code, once it exits or, silent too long, is killed.

        Silence is timed on this process's monotonic clock from the last change of the
        file's mtime it saw, so a wall-clock jump neither kills a beating child nor spares
        a silent one."""
        if self.liveness is None:
            return child.wait()
        seen, since = self._beat_of(self.liveness.heartbeat), time.monotonic()
        while True:
            try:
                return child.wait(timeout=0.5)
            except subprocess.TimeoutExpired:
                pass
            latest, now = self._beat_of(self.liveness.heartbeat), time.monotonic()
            if latest != seen:
                seen, since = latest, now
            elif now - since > self.liveness.stale_after and not self.stops_asked:
                self.log.warning("the Celery worker (pid %d) has not beaten for %.0f s (its main "
                                 "loop is stuck, or cannot reach Redis); killing it and its pool",
                                 child.pid, now - since)
                kill_tree(child.pid)
                return child.wait()

    @staticmethod
    def _beat_of(heartbeat: Path) -> int | None:
        """The heartbeat file's mtime in nanoseconds (None while it is missing)."""
        try:
            return heartbeat.stat().st_mtime_ns
        except FileNotFoundError:
            return None

    def _sleep(self, seconds: float) -> bool:
        """Wait before a restart; False if a stop was asked meanwhile."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.stops_asked:
                return False
            time.sleep(0.1)
        return not self.stops_asked

    def _on_stop_signal(self, signum: int, _frame: FrameType | None) -> None:
        self.stops_asked += 1
        self.interrupts += signum == signal.SIGINT
        child = self.child
        if child is None or child.poll() is not None:
            return
        # Warm shutdown; a second Ctrl-C means cold, as it does for Celery.  Repeated
        # SIGTERMs (`digest up` stopping us after the terminal's Ctrl-C) stay warm.
        forward = signal.SIGQUIT if self.interrupts > 1 else signal.SIGTERM
        with contextlib.suppress(ProcessLookupError):  # it died meanwhile
            os.kill(child.pid, forward)


def descendants(pid: int) -> list[int]:
    """Pids of every live process below `pid` (Linux /proc; [] elsewhere)."""
    children: dict[int, list[int]] = {}
    with contextlib.suppress(OSError):
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue  # it went meanwhile
                parent = int(stat.rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def kill_tree(pid: int) -> None:
    """SIGKILL a process and everything it started, at once (found before any dies, so
    none is orphaned out of reach)."""
    for target in [pid, *descendants(pid)]:
        with contextlib.suppress(ProcessLookupError):  # it went meanwhile
            os.kill(target, signal.SIGKILL)


def supervise(command: Sequence[str], policy: Policy | None = None,
              liveness: Liveness | None = None) -> int:
    """Run `command` under a Supervisor; return the exit code for this process."""
    return Supervisor(command, policy, liveness).run()
