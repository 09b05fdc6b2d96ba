"""The shared send rate: one token bucket in Redis, however many workers take from it."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import redis

from digest.config import Settings
from digest.delivery.ratelimit import LocalTokenBucket, NoLimit, RedisTokenBucket, make_limiter
from digest.delivery.transports.outbox import OutboxTransport
from digest.lifecycle.queue import InProcess
from tests.conftest import RedisSpace


def _take_for(url: str, key: str, rate: float, capacity: float, start_at: float,
              seconds: float, out: multiprocessing.Queue) -> None:
    bucket = RedisTokenBucket(redis.Redis.from_url(url), key, rate, capacity)
    taken = 0
    # Both start at the same moment, however long each took to spawn on a busy machine.
    time.sleep(max(0.0, start_at - time.time()))
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        bucket.acquire(10)
        taken += 10
    out.put(taken)


def test_two_processes_share_one_rate(redis_space: RedisSpace) -> None:
    rate, capacity, seconds = 200.0, 20.0, 2.0
    key = f"{redis_space.prefix}digest:send-rate"
    # Spawned, not forked: a fork inherits locks held by other threads of the test run.
    context = multiprocessing.get_context("spawn")
    out: multiprocessing.Queue = context.Queue()
    start_at = time.time() + 5
    workers = [context.Process(target=_take_for, args=(redis_space.url, key, rate, capacity,
                                                       start_at, seconds, out))
               for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)
    taken = [out.get(timeout=5) for _ in workers]
    # Together they get one rate's worth (plus the initial bucket and one last take each),
    # not twice it; and both get a share.
    assert sum(taken) <= rate * seconds + capacity + 2 * 10
    assert sum(taken) >= rate * seconds * 0.8
    assert min(taken) > 0


def test_a_batch_larger_than_a_second_waits_its_turn(redis_space: RedisSpace) -> None:
    client = redis.Redis.from_url(redis_space.url)
    bucket = RedisTokenBucket(client, f"{redis_space.prefix}b", rate=500, capacity=500)
    started = time.monotonic()
    bucket.acquire(500)  # the full bucket: immediate
    assert time.monotonic() - started < 0.2
    bucket.acquire(250)  # half a second of refill
    assert 0.35 < time.monotonic() - started < 1.0


def test_the_limiter_follows_the_settings(redis_space: RedisSpace) -> None:
    assert isinstance(make_limiter(0, redis_space.url, redis_space.prefix, 1000), NoLimit)
    assert isinstance(make_limiter(100, "", "", 1000), LocalTokenBucket)
    shared = make_limiter(100, redis_space.url, redis_space.prefix, 1000)
    assert isinstance(shared, RedisTokenBucket)
    # The bucket holds at least one full batch, so a batch never waits forever.
    assert shared.capacity == 1000 and shared.key.startswith(redis_space.prefix)


def test_a_local_bucket_paces_one_process() -> None:
    bucket = LocalTokenBucket(rate=1000, capacity=100)
    started = time.monotonic()
    for _ in range(4):
        bucket.acquire(100)
    assert 0.25 < time.monotonic() - started < 0.8


def test_the_embedded_servers_socket_url_gives_a_shared_bucket(tmp_path: Path) -> None:
    from digest.local.embedded_redis import start_embedded_redis

    url, server = start_embedded_redis(tmp_path)
    try:
        assert url.startswith("redis+socket://")
        limiter = make_limiter(100, url, "embedded:", 1000)
        assert isinstance(limiter, RedisTokenBucket)
        limiter.acquire(10)  # talks to the server over its socket
        assert server.exists("embedded:digest:send-rate")
    finally:
        server.shutdown()


def test_sending_in_process_honours_the_rate_limit_setting_by_default(
        settings: Settings, tmp_path: Path) -> None:
    # The console's Send now and `digest run` without workers build InProcess with no
    # limiter of their own; they pace sends as the workers do.
    paced = settings.model_copy(update={"send_rate_limit": 50.0, "redis_url": ""})
    transport = OutboxTransport(tmp_path / "outbox")
    assert isinstance(InProcess(None, paced, transport).limiter, LocalTokenBucket)  # type: ignore[arg-type]
    assert isinstance(InProcess(None, settings.model_copy(update={"send_rate_limit": 0.0}),  # type: ignore[arg-type]
                                transport).limiter, NoLimit)
