from __future__ import annotations

import threading

import redis

from digest.config import load_settings
from digest.scheduling.locks import held
from tests.conftest import RedisSpace


def test_only_one_holder_at_a_time_across_threads(redis_space: RedisSpace) -> None:
    settings = load_settings(redis_url=redis_space.url, redis_prefix=redis_space.prefix)
    client = redis.Redis.from_url(redis_space.url)
    winners: list[bool] = []
    barrier = threading.Barrier(8)

    def contend() -> None:
        barrier.wait()
        with held(client, settings, "tick:send", 30) as mine:
            winners.append(mine)
            barrier_done.wait()

    barrier_done = threading.Barrier(8)
    threads = [threading.Thread(target=contend) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert winners.count(True) == 1
    with held(client, settings, "tick:send", 30) as mine:
        assert mine  # released after use


def test_a_lock_expires_when_its_holder_dies(redis_space: RedisSpace) -> None:
    settings = load_settings(redis_url=redis_space.url, redis_prefix=redis_space.prefix)
    client = redis.Redis.from_url(redis_space.url)
    key = f"{redis_space.prefix}digest:lock:feed:1"
    client.set(key, "dead-worker", px=200)  # a holder that crashed without releasing
    with held(client, settings, "feed:1", 30) as mine:
        assert not mine
    import time

    time.sleep(0.3)
    with held(client, settings, "feed:1", 30) as mine:
        assert mine
