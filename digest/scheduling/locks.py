"""Short Redis locks shared by every worker and beat process.

Used so that a tick or a feed runs once at a time across machines.  They are an
optimisation over correctness that lives in the database (unique edition per
list and slot, conditional claims): losing a lock never double-sends.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import redis

from digest.config import Settings

_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""


def redis_py_url(url: str) -> str:
    """DIGEST_REDIS_URL as redis-py takes it: kombu's `redis+socket://` (the embedded
    server's socket) is `unix://` to redis-py."""
    if url.startswith("redis+socket://"):
        return "unix://" + url.removeprefix("redis+socket://")
    return url


def redis_client(settings: Settings) -> redis.Redis:
    """A client for DIGEST_REDIS_URL (also the embedded server's socket URL)."""
    return redis.Redis.from_url(redis_py_url(settings.redis_url))


@contextmanager
def held(client: redis.Redis, settings: Settings, name: str, ttl_seconds: int) -> Iterator[bool]:
    """Try to take lock `name` for up to `ttl_seconds`; yields whether we hold it."""
    key = f"{settings.redis_prefix}digest:lock:{name}"
    token = uuid.uuid4().hex
    acquired = bool(client.set(key, token, nx=True, ex=ttl_seconds))
    try:
        yield acquired
    finally:
        if acquired:
            client.eval(_RELEASE, 1, key, token)
