"""`digest status`: beat's ticks, recent send failures, and tick intervals from settings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import typer
from typer.testing import CliRunner

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.commands import schedules
from digest.delivery import ledger
from digest.delivery.send import prepare_send
from digest.models import BatchStatus, Edition, utcnow
from digest.runtime import Runtime, get_runtime
from digest.scheduling import tasks
from tests.conftest import TEST_SECRET_KEY, RedisSpace

cli = typer.Typer()
cli.command("status")(schedules.status)
cli.command("other")(lambda: None)


@pytest.fixture
def env(rt: Runtime, redis_space: RedisSpace, monkeypatch: pytest.MonkeyPatch
        ) -> Iterator[Runtime]:
    monkeypatch.setenv("DIGEST_DATABASE_URL", rt.settings.effective_database_url)
    monkeypatch.setenv("DIGEST_DATA_DIR", str(rt.settings.data_dir))
    monkeypatch.setenv("DIGEST_SECRET_KEY", TEST_SECRET_KEY)
    monkeypatch.setenv("DIGEST_REDIS_URL", redis_space.url)
    monkeypatch.setenv("DIGEST_REDIS_PREFIX", redis_space.prefix)
    monkeypatch.setenv("DIGEST_SEND_TICK_SECONDS", "90")
    get_runtime.cache_clear()
    tasks._redis.cache_clear()
    yield rt
    get_runtime().engine.dispose()
    get_runtime.cache_clear()
    tasks._redis.cache_clear()


def _status() -> dict[str, object]:
    result = CliRunner().invoke(cli, ["status", "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.output)
    return data


def test_status_shows_when_the_send_tick_last_ran_and_when_it_is_next_due(env: Runtime) -> None:
    before = _status()["ticks"]
    assert before == [
        {"tick": "feeds", "last_run": None, "next_due": None, "did": ""},
        {"tick": "send", "last_run": None, "next_due": None, "did": ""},
    ]
    tasks.send_due_lists()  # what a worker runs when beat's send tick fires
    ticks = {t["tick"]: t for t in _status()["ticks"]}  # type: ignore[attr-defined]
    ran = datetime.fromisoformat(ticks["send"]["last_run"])
    assert abs(utcnow() - ran) < timedelta(minutes=1)
    assert datetime.fromisoformat(ticks["send"]["next_due"]) - ran == timedelta(seconds=90)
    assert "started 0" in ticks["send"]["did"]
    assert ticks["feeds"]["last_run"] is None


def test_status_lists_failed_and_uncertain_batches(env: Runtime) -> None:
    with env.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        for n in range(3):
            subscribe(session, ml.id, f"reader{n}@example.org")
        edition = Edition(list_id=ml.id, slot="2026-11-25T07:00Z", subject="Aleppo",
                          html="<p>-name-</p>", text="-name-")
        session.add(edition)
        session.flush()
        edition_id = edition.id
    first, second = prepare_send(env.sessions, edition_id, 2)
    with env.sessions() as session, session.begin():
        assert ledger.claim_batch(session, first, "worker-1")
        ledger.release_batch(session, first, "550 mailbox unavailable", permanent=True,
                             worker="worker-1")
        ledger.mark_uncertain(session, second, "timed out after handing over")
    failures = _status()["send_failures"]
    assert failures == [
        {"list": "Syria Digest", "edition": edition_id, "batch": 2,
         "status": BatchStatus.UNCERTAIN, "recipients": 1, "error": "timed out after handing over"},
        {"list": "Syria Digest", "edition": edition_id, "batch": 1,
         "status": BatchStatus.FAILED, "recipients": 2, "error": "550 mailbox unavailable"},
    ]
    table = CliRunner().invoke(cli, ["status"]).output
    assert "Recent send failures" in table and "uncertain" in table


def test_beat_ticks_at_the_intervals_the_settings_give(monkeypatch: pytest.MonkeyPatch) -> None:
    from celery import Celery

    monkeypatch.setenv("DIGEST_SEND_TICK_SECONDS", "2")
    monkeypatch.setenv("DIGEST_FEED_TICK_SECONDS", "30")
    app = Celery("digest-beat-check")
    app.on_after_configure.connect(tasks._connect_from_settings)
    app.config_from_object("celeryconfig")
    schedule = app.conf.beat_schedule
    assert schedule["send-tick"]["schedule"] == timedelta(seconds=2)
    assert schedule["feed-tick"]["schedule"] == timedelta(seconds=30)
    assert schedule["send-tick"]["task"] == "digest.send_due_lists"
