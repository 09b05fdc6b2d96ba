"""What a running command or worker needs: settings, engine and sessions, opened once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from digest.config import Settings, get_settings
from digest.db import ensure_schema, make_engine, session_factory


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]


def open_runtime(settings: Settings, *, migrate: bool = True) -> Runtime:
    """Connect to the database (creating the schema on an empty one)."""
    engine = make_engine(settings.effective_database_url)
    if migrate:
        ensure_schema(engine)
    return Runtime(settings, engine, session_factory(engine))


@lru_cache(maxsize=1)
def get_runtime() -> Runtime:
    """The process-wide runtime (workers), opened on first use, never at import."""
    return open_runtime(get_settings())
