import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from digest.commands.tagging import register

BUILD_APP = """
import typer
from digest.commands.tagging import register
app = typer.Typer()
@app.callback()
def root() -> None:
    '''digest'''
register(app)
app()
"""


@pytest.fixture()
def app() -> typer.Typer:
    root = typer.Typer()

    @root.callback()
    def main() -> None:
        """digest"""

    register(root)
    return root


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_tag_writes_one_json_line_per_item_and_reports_bad_lines(app, data_dir: Path):
    stdin = (data_dir / "items.jsonl").read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["tag", "--topic", "syria"], input=stdin)
    assert result.exit_code == 0
    out = _lines(result.stdout)
    assert [item["id"] for item in out] == [1, "two", 4, 5]
    tags = {item["id"]: item["tags"] for item in out}
    assert tags[1][0]["topic"] == "syria" and "HTS in title" in tags[1][0]["why"]
    assert tags["two"] == [] and tags[4] == []
    assert tags[5][0]["score"] >= 0.5
    assert "line 3" in result.stderr and "invalid JSON" in result.stderr


def test_tag_accepts_several_topics_including_an_admin_file(app, data_dir: Path):
    stdin = (data_dir / "items.jsonl").read_text(encoding="utf-8")
    sudan = str(data_dir / "sudan_admin.toml")
    result = CliRunner().invoke(app, ["tag", "--topic", "syria", "--topic", sudan], input=stdin)
    assert result.exit_code == 0
    tags = {item["id"]: [t["topic"] for t in item["tags"]] for item in _lines(result.stdout)}
    assert tags[1] == ["syria"] and tags[4] == ["sudan"] and tags["two"] == []


def test_tag_without_a_topic_is_a_usage_error(app):
    assert CliRunner().invoke(app, ["tag"], input="").exit_code == 2


def test_tag_with_an_unknown_topic_fails_with_a_one_line_reason(app):
    result = CliRunner().invoke(app, ["tag", "--topic", "atlantis"], input="")
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "atlantis" in result.stderr


def test_topics_test_prints_scores_and_misclassified_rows(app, tmp_path: Path):
    tsv = tmp_path / "labelled.tsv"
    tsv.write_text(
        "title\tsummary\tlabel\n"
        "HTS fighters enter Hama\t\t1\n"
        "Aleppo pepper chicken\tA weeknight dinner.\t0\n"
        "Interim cabinet sworn in\tThe new ministers took office.\t1\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["topics", "test", str(tsv), "--topic", "syria"])
    assert result.exit_code == 0
    assert "precision 1.000  recall 0.500  F1 0.667" in result.stdout
    assert "line 4 [missed] Interim cabinet sworn in" in result.stdout


def test_topics_test_can_fail_under_a_minimum_f1(app, data_dir: Path):
    command = ["topics", "test", str(data_dir / "syria_check.tsv"), "-t", "syria", "--fail-under"]
    assert CliRunner().invoke(app, [*command, "0.9"]).exit_code == 0
    assert CliRunner().invoke(app, [*command, "0.999"]).exit_code == 1


def test_topics_test_reports_a_bad_label_with_its_line(app, tmp_path: Path):
    tsv = tmp_path / "labelled.tsv"
    tsv.write_text("title\tsummary\tlabel\nAleppo\t\tyes\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["topics", "test", str(tsv), "--topic", "syria"])
    assert result.exit_code == 1 and "line 2" in result.stderr


def test_topics_list_shows_the_builtin_topic(app):
    result = CliRunner().invoke(app, ["topics", "list"])
    assert result.exit_code == 0 and result.stdout.startswith("syria\t")


def test_the_tag_command_works_in_a_real_process(data_dir: Path):
    stdin = (data_dir / "items.jsonl").read_text(encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", BUILD_APP, "tag", "--topic", "syria"],
        input=stdin, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [bool(item["tags"]) for item in _lines(done.stdout)] == [True, False, False, True]
    assert "line 3" in done.stderr


def test_tag_skips_a_line_that_is_not_utf8_and_tags_the_rest(app):
    stdin = b'{"id": 1, "title": "HTS in Hama"}\n\xff\xfe\n{"id": 3, "title": "Aleppo"}\n'
    result = CliRunner().invoke(app, ["tag", "--topic", "syria"], input=stdin)
    assert result.exit_code == 0
    assert [item["id"] for item in _lines(result.stdout)] == [1, 3]
    assert "line 2: skipped: not UTF-8" in result.stderr



def test_topics_list_prints_json_for_scripts(app):
    result = CliRunner().invoke(app, ["topics", "list", "--json"])
    assert result.exit_code == 0
    assert {"name": "syria"}.items() <= json.loads(result.stdout)[0].items()
