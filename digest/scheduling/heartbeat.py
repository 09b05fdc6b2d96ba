"""The Celery worker's heartbeat: a file it touches from its own event loop.

`digest worker` runs the Celery worker as a child and watches this file
(digest.scheduling.supervisor).  The beat comes from the worker's timer, which
the main process's event loop fires, so it stops when that loop stops: a warm
shutdown wedged after kombu crashed on a Redis restart (seen once in CI) leaves
a process that is up but consumes nothing, and only its silence tells.  The
beat does not come from a thread of its own, which would go on beating in a
process that does nothing else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from celery import bootsteps

BEAT_EVERY = 5.0  # seconds between beats; the supervisor's timeout is at least 30 s


def mark_alive(path: Path) -> None:
    """Touch `path` (creating it): now is the worker's latest sign of life."""
    path.touch()


def heartbeat_step(path: Path) -> type[bootsteps.StartStopStep]:
    """A worker bootstep beating on `path` every BEAT_EVERY seconds while the loop runs."""

    class Heartbeat(bootsteps.StartStopStep):
        requires = {"celery.worker.components:Timer"}

        def __init__(self, parent: Any, **kwargs: Any) -> None:
            super().__init__(parent, **kwargs)
            self.tref: Any = None

        def start(self, parent: Any) -> None:
            mark_alive(path)
            self.tref = parent.timer.call_repeatedly(BEAT_EVERY, mark_alive, (path,),
                                                     priority=10)

        def stop(self, parent: Any) -> None:
            if self.tref is not None:
                self.tref.cancel()
                self.tref = None

    return Heartbeat
