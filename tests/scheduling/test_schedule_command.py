"""`digest lists schedule`: when a list sends, and in whose time zone."""

from __future__ import annotations

import pytest
import typer
from sqlalchemy import select
from typer.testing import CliRunner

from digest.audience.lists import create_list
from digest.commands import schedules
from digest.commands.common import CommandError
from digest.models import MailingList
from digest.runtime import Runtime

cli = typer.Typer()
cli.command("schedule")(schedules.schedule)
cli.command("other")(lambda: None)


@pytest.fixture
def env(rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> Runtime:
    monkeypatch.setenv("DIGEST_DATABASE_URL", rt.settings.effective_database_url)
    monkeypatch.setenv("DIGEST_DATA_DIR", str(rt.settings.data_dir))
    with rt.sessions() as session, session.begin():
        create_list(session, "Syria Digest")
    return rt


def _list(rt: Runtime) -> MailingList:
    with rt.sessions() as session:
        found = session.scalars(select(MailingList)).one()
        session.expunge(found)
        return found


def test_reader_zones_makes_the_list_send_in_each_readers_morning(env: Runtime) -> None:
    result = CliRunner().invoke(cli, ["schedule", "Syria Digest", "--cron", "0 7 * * *",
                                      "--tz", "Europe/London", "--reader-zones"])
    assert result.exit_code == 0, result.output
    assert "each reader's time zone" in result.output
    assert _list(env).per_subscriber_timezone is True
    # Editing the time again without the flag keeps the choice.
    CliRunner().invoke(cli, ["schedule", "Syria Digest", "--cron", "30 6 * * *"])
    assert (_list(env).schedule_cron, _list(env).per_subscriber_timezone) == ("30 6 * * *", True)
    CliRunner().invoke(cli, ["schedule", "Syria Digest", "--cron", "30 6 * * *", "--list-zone"])
    assert _list(env).per_subscriber_timezone is False


def test_an_unknown_time_zone_is_refused(env: Runtime) -> None:
    result = CliRunner().invoke(cli, ["schedule", "Syria Digest", "--cron", "0 7 * * *",
                                      "--tz", "Mars/Olympus"])
    assert isinstance(result.exception, CommandError)
    assert "unknown time zone" in str(result.exception)
