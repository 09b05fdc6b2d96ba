"""`digest send` and `digest editions show|resolve`, through the Typer commands."""

from __future__ import annotations

import json
import time

import pytest
import typer
from sqlalchemy import select
from typer.testing import CliRunner

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.commands import edition_status, editions
from digest.commands.common import CommandError
from digest.config import get_settings
from digest.delivery import ledger
from digest.local.sendgrid_sink import Sink, SinkConfig
from digest.models import DeliveryBatch, Edition, EditionStatus, MembershipStatus, utcnow
from digest.runtime import Runtime
from digest.scheduling.schedule import current_slot
from tests.conftest import TEST_SECRET_KEY

cli = typer.Typer()
cli.command("send")(editions.send)
cli.add_typer(edition_status.app, name="editions")


@pytest.fixture
def env(rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> Runtime:
    monkeypatch.setenv("DIGEST_DATABASE_URL", rt.settings.effective_database_url)
    monkeypatch.setenv("DIGEST_DATA_DIR", str(rt.settings.data_dir))
    monkeypatch.setenv("DIGEST_SECRET_KEY", TEST_SECRET_KEY)
    monkeypatch.setenv("DIGEST_SEND_BATCH_SIZE", "2")
    return rt


def _due_edition(rt: Runtime, active: int, inactive: int = 0) -> int:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Syria Digest")
        for n in range(active):
            subscribe(session, ml.id, f"reader{n}@example.org")
        for n in range(inactive):
            subscribe(session, ml.id, f"gone{n}@example.org", status=MembershipStatus.UNSUBSCRIBED)
        edition = Edition(list_id=ml.id, slot=current_slot(ml, utcnow()), subject="Aleppo",
                          html="<p>-name-</p>", text="-name-")
        session.add(edition)
        session.flush()
        return edition.id


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    if isinstance(result.exception, CommandError):
        return 1, str(result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def _send_through(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """Send with the real sendgrid client, pointed at the sink at `url`."""
    monkeypatch.setenv("DIGEST_TRANSPORT", "sendgrid")
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.test")
    monkeypatch.setenv("DIGEST_SENDGRID_HOST", url)


def test_a_dry_run_lists_who_would_receive_it_and_sends_nothing(env: Runtime) -> None:
    edition_id = _due_edition(env, active=3, inactive=2)
    code, output = _run("send", "--list", "Syria Digest", "--dry-run")
    assert code == 0
    assert "reader2@example.org" in output and "gone0" not in output
    assert "3 recipients in 2 batches of up to 2" in output
    with env.sessions() as session:
        edition = session.get(Edition, edition_id)
        assert edition is not None and edition.status == EditionStatus.READY


def test_send_in_process_mails_active_members_once_and_a_rerun_sends_nothing(
    env: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    edition_id = _due_edition(env, active=5, inactive=2)
    with Sink(SinkConfig(schema_check=False)) as sink:
        _send_through(monkeypatch, sink.url)
        code, output = _run("send", "--list", "Syria Digest", "--in-process")
        assert code == 0, output
        assert "5 sent, 0 pending, 0 failed" in output
        again_code, again = _run("send", "--list", "Syria Digest", "--in-process")
        received = sorted(r.email for r in sink.recipients())
    assert again_code == 0 and "already sent" in again
    assert received == [f"reader{n}@example.org" for n in range(5)]
    code, shown = _run("editions", "show", str(edition_id))
    assert code == 0 and "sent" in shown and "5 sent" in shown
    code, as_json = _run("editions", "show", str(edition_id), "--json")
    state = json.loads(as_json)
    assert code == 0 and state["status"] == "sent" and state["sent"] == 5 and state["final"]


def test_a_permanent_refusal_pauses_the_send_and_says_why(
    env: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    _due_edition(env, active=8)
    with Sink(SinkConfig(api_keys={"SG.right"}, schema_check=False)) as sink:
        monkeypatch.setenv("DIGEST_TRANSPORT", "sendgrid")
        monkeypatch.setenv("SENDGRID_API_KEY", "SG.wrong")
        monkeypatch.setenv("DIGEST_SENDGRID_HOST", sink.url)
        monkeypatch.setenv("DIGEST_SEND_MAX_FAILED_BATCHES", "2")
        code, message = _run("send", "--list", "Syria Digest", "--in-process")
        assert sink.counts()["requests"] == 2  # paused after two refusals, not four
        assert code == 1 and "paused" in message
        code, message = _run("send", "--list", "Syria Digest", "--in-process")
        assert code == 1 and "--resume" in message  # nothing sent while paused
        monkeypatch.setenv("SENDGRID_API_KEY", "SG.right")  # the cause, fixed
        get_settings.cache_clear()
        code, output = _run("send", "--list", "Syria Digest", "--in-process", "--resume")
        assert code == 0, output
        assert sorted(r.email for r in sink.recipients()) == [
            f"reader{n}@example.org" for n in range(8)]


def test_an_uncertain_batch_is_reported_and_resolved_by_the_operator(
    env: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    edition_id = _due_edition(env, active=4)
    # The sink answers after the client gave up: the request went out, no answer came back.
    with Sink(SinkConfig(latency_ms=800, schema_check=False)) as sink:
        _send_through(monkeypatch, sink.url)
        monkeypatch.setenv("DIGEST_SENDGRID_TIMEOUT", "0.2")
        code, output = _run("send", "--list", "Syria Digest", "--in-process")
        assert code == 0, output
        assert "4 uncertain" in output and "not resent" in output
        deadline = time.monotonic() + 5
        while sink.counts()["requests"] < 2 and time.monotonic() < deadline:
            time.sleep(0.05)  # the sink is still sleeping its latency
        time.sleep(0.3)
        assert sink.counts()["requests"] == 2  # each batch tried once, never again
    with env.sessions() as session:
        numbers = sorted(session.scalars(select(DeliveryBatch.number)))
    code, output = _run("editions", "resolve", str(edition_id), "--batch", str(numbers[0]),
                        "--delivered")
    assert code == 0
    code, _ = _run("editions", "resolve", str(edition_id), "--batch", str(numbers[1]),
                   "--not-delivered")
    assert code == 0
    with env.sessions() as session:
        counts = ledger.batch_counts(session, edition_id)
        edition = session.get(Edition, edition_id)
    assert counts == {"sent": 1, "pending": 1}
    assert edition is not None and edition.status == EditionStatus.SENDING


def test_a_send_the_provider_keeps_refusing_for_now_fails_and_a_rerun_finishes_it(
    env: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    _due_edition(env, active=3)
    with Sink(SinkConfig(fail_5xx_share=1.0, schema_check=False)) as down:
        _send_through(monkeypatch, down.url)
        monkeypatch.setenv("DIGEST_SEND_MAX_RETRY_WAIT", "0.01")
        code, message = _run("send", "--list", "Syria Digest", "--in-process")
    assert code == 1 and "still sending" in message and "pending after retries" in message
    with Sink(SinkConfig(schema_check=False)) as back:
        monkeypatch.setenv("DIGEST_SENDGRID_HOST", back.url)
        get_settings.cache_clear()
        code, output = _run("send", "--list", "Syria Digest", "--in-process")
        assert code == 0, output
        assert sorted(r.email for r in back.recipients()) == [
            f"reader{n}@example.org" for n in range(3)]
