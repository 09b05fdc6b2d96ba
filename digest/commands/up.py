"""`digest up`: everything one machine needs, in one command."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import Annotated

import typer
from rich.markup import escape

from digest.commands.common import console
from digest.commands.ops import _broker_url


def _interrupt(_signum: int, _frame: object) -> None:
    # SIGTERM would otherwise end this process on the spot: no `finally`, no atexit, so
    # the worker, beat and web app would run on, orphaned, and so would embedded Redis.
    # Once only: a second SIGTERM while the children stop must not cut that short.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise KeyboardInterrupt


def up(
    web: Annotated[bool, typer.Option("--web/--no-web", help="Also serve the web app.")] = True,
    port: Annotated[int, typer.Option(help="Web app port.")] = 8000,
    concurrency: Annotated[int, typer.Option(help="Worker processes.")] = 2,
) -> None:
    """Run a worker, beat and the web app; embedded Redis when DIGEST_REDIS_URL is unset.

    Ctrl-C stops them all cleanly, and so does SIGTERM (`kill`, `docker stop`, a service
    manager): the children are stopped and the embedded Redis shut down, not left behind.
    """
    signal.signal(signal.SIGTERM, _interrupt)
    url, _handle = _broker_url()  # the handle keeps an embedded server alive while we run
    env = {**os.environ, "DIGEST_REDIS_URL": url}
    digest = [sys.executable, "-m", "digest"]
    commands = {
        "worker": [*digest, "worker", "--concurrency", str(concurrency)],
        "beat": [*digest, "beat"],
    }
    if web:
        commands["web"] = [*digest, "web", "--host", "127.0.0.1", "--port", str(port)]
    children = {name: subprocess.Popen(cmd, env=env) for name, cmd in commands.items()}
    console.print(f"Started {', '.join(children)}; Ctrl-C stops them.")
    try:
        while all(child.poll() is None for child in children.values()):
            time.sleep(0.5)
        stopped = [name for name, child in children.items() if child.poll() is not None]
        console.print(f"[red]{escape(', '.join(stopped))} stopped; stopping the rest[/]",
                      markup=True)
    except KeyboardInterrupt:
        console.print("Stopping...")
    finally:
        for child in children.values():
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 30
        for child in children.values():
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
