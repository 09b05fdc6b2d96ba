"""The `digest subscribers` commands, run through Typer as a user would."""

import csv
import io
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from digest.commands import common
from digest.commands import subscribers as subscribers_command
from digest.config import Settings
from digest.runtime import Runtime
from tests.audience.conftest import DATA


@pytest.fixture
def cli(rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    # The commands open the runtime from settings; point them at this test's database.
    monkeypatch.setattr(subscribers_command, "runtime", lambda: rt)
    with rt.sessions() as session, session.begin():
        from digest.audience.lists import create_list

        create_list(session, "Syria Digest")
    app = typer.Typer()
    app.add_typer(subscribers_command.app, name="subscribers")
    return app


def _run(app: typer.Typer, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_import_reports_bad_rows_and_export_round_trips(cli: typer.Typer, tmp_path: Path) -> None:
    code, out, err = _run(cli, "subscribers", "import", str(DATA / "plain_bom.csv"),
                          "--list", "Syria Digest")
    assert code == 0, err
    assert "row 7: unknown status 'sideways'" in err
    assert "Imported 7 of 8 rows" in out  # the blank line is not a row
    target = tmp_path / "out.csv"
    code, _, err = _run(cli, "subscribers", "export", "--list", "Syria Digest",
                        "--out", str(target))
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    assert {r["email"]: r["status"] for r in rows}["gus@example.org"] == "active"
    assert len(rows) == 6


def test_a_dry_run_changes_nothing(cli: typer.Typer) -> None:
    code, out, _ = _run(cli, "subscribers", "import", str(DATA / "listmonk.csv"),
                        "--list", "Syria Digest", "--dry-run")
    assert code == 0 and "Would import" in out
    _, out, _ = _run(cli, "subscribers", "list", "--list", "Syria Digest", "--json")
    assert out.strip() == "[]"


def test_add_on_a_double_opt_in_list_sends_a_confirmation(cli: typer.Typer,
                                                          settings: Settings) -> None:
    code, out, err = _run(cli, "subscribers", "add", "new@example.org", "--list", "Syria Digest")
    assert code == 0, err
    assert "pending" in out
    assert len(list((settings.data_dir / "outbox").glob("*.eml"))) == 1


def test_forget_then_show_reveals_only_the_suppression(cli: typer.Typer) -> None:
    _run(cli, "subscribers", "add", "gone@example.org", "--list", "Syria Digest", "--confirmed")
    code, out, _ = _run(cli, "subscribers", "show", "gone@example.org", "--json")
    assert code == 0 and '"status": "active"' in out
    code, _, _ = _run(cli, "subscribers", "forget", "gone@example.org", "--yes")
    assert code == 0
    _, out, _ = _run(cli, "subscribers", "show", "gone@example.org", "--json")
    assert "gone@example.org" not in out and "erased" in out


def test_an_unknown_list_fails_with_one_line(cli: typer.Typer) -> None:
    app = cli
    result = CliRunner().invoke(app, ["subscribers", "export", "--list", "Nope"])
    assert result.exit_code != 0
    assert isinstance(result.exception, common.CommandError)
