"""Fixtures on real services: SQLite and PostgreSQL databases, Redis key spaces."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from digest.config import Settings, get_settings
from digest.db import make_engine, upgrade
from digest.runtime import Runtime, open_runtime
from tests import services

# Long enough for the rule on DIGEST_SECRET_KEY (at least 32 characters).
TEST_SECRET_KEY = "test-secret-key-at-least-32-characters-long"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test reads the developer's DIGEST_* variables or .env file."""
    for name in list(os.environ):
        if name.startswith(("DIGEST_", "SENDGRID_")) and not name.startswith("DIGEST_TEST_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def redis_server_url() -> str:
    return services.redis_url()


@dataclass(frozen=True)
class RedisSpace:
    url: str
    prefix: str  # every key this test writes starts with it


@pytest.fixture
def redis_space(redis_server_url: str) -> Iterator[RedisSpace]:
    """A Redis server and a key prefix this test owns (its keys are deleted afterwards)."""
    import redis

    prefix = f"digest-test-{uuid.uuid4().hex[:10]}:"
    yield RedisSpace(redis_server_url, prefix)
    client = redis.Redis.from_url(redis_server_url)
    for key in client.scan_iter(match=f"{prefix}*", count=1000):
        client.delete(key)
    client.close()


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    return services.postgres_url()


@pytest.fixture(scope="session")
def postgres_template(postgres_admin_url: str) -> Iterator[str]:
    """A migrated template database; each test copies it (fast, isolated)."""
    name = f"digest_tpl_{os.getpid()}"
    admin = make_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(_with_database(postgres_admin_url, name))
    upgrade(engine)
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _with_database(url: str, database: str) -> str:
    base, _, query = url.partition("?")
    base = base.rsplit("/", 1)[0] + "/" + database
    return base + ("?" + query if query else "")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database on each backend in turn."""
    if request.param == "sqlite":
        path = tmp_path / "digest.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    admin_url = request.getfixturevalue("postgres_admin_url")
    template = request.getfixturevalue("postgres_template")
    name = f"digest_t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield _with_database(admin_url, name)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url,
                    secret_key=TEST_SECRET_KEY, allow_private_feeds=True,
                    base_url="https://digest.example.org")


@pytest.fixture
def rt(settings: Settings) -> Iterator[Runtime]:
    runtime = open_runtime(settings)
    yield runtime
    runtime.engine.dispose()
