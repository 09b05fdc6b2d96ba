"""The `digest` command as scripts use it: exit codes, --json, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def digest(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
           stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "digest", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, cwd=cwd, input=stdin,
                          timeout=120)


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    return {"DIGEST_DATABASE_URL": database_url, "DIGEST_DATA_DIR": str(tmp_path / "data")}


def test_lists_and_subscribers_round_trip_as_json(env: dict[str, str]) -> None:
    assert digest("lists", "create", "Syria Digest", env=env).returncode == 0
    assert digest("subscribers", "add", "Rana@Example.org", "--list", "Syria Digest",
                  "--confirmed", env=env).returncode == 0
    lists = json.loads(digest("lists", "list", "--json", env=env).stdout)
    assert [(x["name"], x["topics"], x["active"]) for x in lists] == [
        ("Syria Digest", ["syria"], 1)]
    members = json.loads(digest("subscribers", "list", "--list", "syria-digest", "--json",
                                env=env).stdout)
    assert [(m["email"], m["status"]) for m in members] == [("Rana@example.org", "active")]


def test_failed_work_exits_1_with_one_line_on_stderr(env: dict[str, str]) -> None:
    result = digest("subscribers", "add", "not-an-address", "--list", "Nope", env=env)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no list named 'Nope'" in result.stderr


def test_bad_usage_exits_2(env: dict[str, str]) -> None:
    assert digest("lists", "create", env=env).returncode == 2
    assert digest("no-such-command", env=env).returncode == 2


def test_a_bad_setting_stops_the_command_naming_it(env: dict[str, str]) -> None:
    result = digest("lists", "list", env={**env, "DIGEST_TRANSPORT": "pigeon"})
    assert result.returncode == 1
    assert "DIGEST_TRANSPORT" in result.stderr


def test_config_show_masks_secrets(env: dict[str, str]) -> None:
    result = digest("config", "show", "--json", env={**env, "SENDGRID_API_KEY": "SG.secret"})
    shown = json.loads(result.stdout)
    assert shown["SENDGRID_API_KEY"] == "********"
    assert "SG.secret" not in result.stdout


def test_feeds_list_json_has_health_fields(env: dict[str, str]) -> None:
    assert digest("feeds", "add", "https://example.org/feed.xml", env=env).returncode == 0
    (feed,) = json.loads(digest("feeds", "list", "--json", env=env).stdout)
    for field in ("url", "title", "item_count", "last_status", "last_error",
                  "consecutive_failures"):
        assert field in feed


HEAVY = ("sqlalchemy", "alembic", "celery", "fastapi", "sendgrid", "pydantic_settings", "httpx",
         "feedparser", "jinja2", "uvicorn", "redis", "psycopg", "torch",
         "sentence_transformers", "numpy")


def test_help_of_every_command_imports_none_of_the_heavy_libraries() -> None:
    # What each command needs is imported when it runs, so asking for help is quick.
    script = (
        "import sys\n"
        "from digest.cli import COMMANDS, main\n"
        "cases = [['--help'], ['--version'], ['lists', 'schedule', '--help'],\n"
        "         ['subscribers', 'import', '--help'], *[[n, '--help'] for n in COMMANDS]]\n"
        "for args in cases:\n"
        "    sys.argv = ['digest', *args]\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[]"


def test_the_command_list_shows_each_commands_own_help() -> None:
    from digest.cli import COMMANDS

    def words(text: str) -> str:
        return " ".join(text.split("\n\n")[0].split())

    for name, entry in COMMANDS.items():
        command = entry.load(name)
        assert (command.name, words(command.help or "")) == (name, words(entry.help))


def test_every_command_of_a_group_is_still_there() -> None:
    result = digest("lists", "--help")
    assert result.returncode == 0
    assert all(name in result.stdout for name in ("create", "list", "schedule"))
    assert digest("lists", "schedule", "--help").returncode == 0


def test_version_prints_the_version_of_the_installed_distribution() -> None:
    import tomllib

    version = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml")
                            .read_text("utf-8"))["project"]["version"]
    result = digest("--version")
    assert (result.returncode, result.stdout) == (0, f"digest {version}\n")


def test_a_file_that_cannot_be_written_is_a_one_line_failure(tmp_path: Path):
    env = {**os.environ, "DIGEST_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-m", "digest", "feeds", "export", "--output",
         str(tmp_path / "no" / "such" / "dir.opml")],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1
    assert result.stderr.startswith("digest: ") and "Traceback" not in result.stderr
    assert "No such file or directory" in result.stderr


def test_text_from_outside_is_printed_as_written_never_as_markup(env: dict[str, str]) -> None:
    # "[/x]" is an unbalanced Rich closing tag: read as markup it raised and ended the
    # command; "[bold]" would have restyled a feed's or a list's text.
    url = "https://example.org/[/x]/[bold]feed.xml"
    added = digest("feeds", "add", url, env=env)
    assert added.returncode == 0 and f"Added feed 1: {url}" in added.stdout
    assert digest("lists", "create", "Syria [/red] Digest", env=env).returncode == 0
    feeds = digest("feeds", "list", env={**env, "COLUMNS": "400"})
    lists = digest("lists", "list", env={**env, "COLUMNS": "400"})
    assert feeds.returncode == 0 and url in feeds.stdout
    assert lists.returncode == 0 and "Syria [/red] Digest" in lists.stdout
