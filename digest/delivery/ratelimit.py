"""One send rate shared by every worker: a token bucket kept in Redis.

The bucket holds up to `capacity` tokens (one per message) and refills at
`rate` per second.  Taking tokens is one Lua script, so it is atomic across
processes and machines, and it uses Redis's own clock, so workers with drifting
clocks still share one rate.  A batch of n messages waits until n tokens are
there, so a 1000-recipient request is paced as 1000 messages.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

# KEYS[1] bucket hash; ARGV: rate per second, capacity, tokens wanted.
# Returns 0 when the tokens were taken, else the milliseconds to wait first.
_TAKE = """
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local wanted = tonumber(ARGV[3])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + (now - at) * rate / 1000)
local wait = 0
if tokens >= wanted then
  tokens = tokens - wanted
else
  wait = math.ceil((wanted - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * 1000 / rate) + 60000)
return wait
"""


class RateLimiter(Protocol):
    def acquire(self, count: int) -> float:
        """Block until `count` messages may go; return the seconds spent waiting."""
        ...


class NoLimit:
    """The limiter when DIGEST_SEND_RATE_LIMIT is 0."""

    def acquire(self, count: int) -> float:
        return 0.0


class RedisTokenBucket:
    """A token bucket in Redis under `key`, shared by every process using the same key."""

    def __init__(self, client: Any, key: str, rate: float, capacity: float | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.capacity = capacity or rate
        self.key = key
        self._take = client.register_script(_TAKE)
        self._sleep = sleep

    def acquire(self, count: int) -> float:
        """Wait for `count` tokens. A count above the capacity is taken in capacity-sized parts."""
        waited = 0.0
        remaining = count
        while remaining > 0:
            part = min(remaining, int(self.capacity)) or remaining
            wait_ms = int(self._take(keys=[self.key], args=[self.rate, self.capacity, part]))
            if wait_ms == 0:
                remaining -= part
                continue
            self._sleep(wait_ms / 1000)
            waited += wait_ms / 1000
        return waited


class LocalTokenBucket:
    """The same bucket for one process (in-process sends without Redis)."""

    def __init__(self, rate: float, capacity: float | None = None) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.capacity = capacity or rate
        self._tokens = self.capacity
        self._at = time.monotonic()
        self._lock = threading.Lock()

    def acquire(self, count: int) -> float:
        waited = 0.0
        remaining = count
        while remaining > 0:
            part = min(remaining, int(self.capacity)) or remaining
            with self._lock:
                now = time.monotonic()
                self._tokens = min(self.capacity, self._tokens + (now - self._at) * self.rate)
                self._at = now
                if self._tokens >= part:
                    self._tokens -= part
                    remaining -= part
                    continue
                wait = (part - self._tokens) / self.rate
            time.sleep(wait)
            waited += wait
        return waited


def make_limiter(rate: float, redis_url: str, prefix: str, batch_size: int) -> RateLimiter:
    """The limiter for these settings: none, a shared Redis bucket, or a local one.

    The capacity is one second of sending but at least one full batch, so a
    batch never waits for more tokens than the bucket can hold.
    """
    if rate <= 0:
        return NoLimit()
    capacity = max(rate, float(batch_size))
    if not redis_url:
        return LocalTokenBucket(rate, capacity)
    import redis

    from digest.scheduling.locks import redis_py_url

    client = redis.Redis.from_url(redis_py_url(redis_url))
    return RedisTokenBucket(client, f"{prefix}digest:send-rate", rate, capacity)
