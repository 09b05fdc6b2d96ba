"""When each beat tick last ran and what it did, kept in Redis for `digest status`.

A tick records itself after it has run (on whichever worker ran it); the record
is a small JSON value per tick that outlives a few missed ticks and then expires,
so a stale record never claims beat is healthy for long.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import redis

from digest.config import Settings

TICKS = ("feeds", "send")
KEEP = timedelta(days=7)


def _key(settings: Settings, tick: str) -> str:
    return f"{settings.redis_prefix}digest:tick-run:{tick}"


def record_run(client: redis.Redis, settings: Settings, tick: str, at: datetime,
               summary: dict[str, Any]) -> None:
    """Remember that `tick` ran at `at` (aware UTC) with `summary` (JSON-able counts)."""
    value = json.dumps({"at": at.astimezone(UTC).isoformat(), **summary})
    client.set(_key(settings, tick), value, ex=int(KEEP.total_seconds()))


def tick_interval(settings: Settings, tick: str) -> timedelta:
    seconds = settings.feed_tick_seconds if tick == "feeds" else settings.send_tick_seconds
    return timedelta(seconds=seconds)


def last_runs(client: redis.Redis, settings: Settings) -> dict[str, dict[str, Any] | None]:
    """Each tick's last record with "at" and "next_due" (datetimes), or None if never seen."""
    runs: dict[str, dict[str, Any] | None] = {}
    for tick in TICKS:
        raw = client.get(_key(settings, tick))
        if raw is None:
            runs[tick] = None
            continue
        record = json.loads(raw)
        at = datetime.fromisoformat(record["at"])
        runs[tick] = {**record, "at": at, "next_due": at + tick_interval(settings, tick)}
    return runs
