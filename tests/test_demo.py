"""`digest demo` is the first thing a newcomer runs: it must show the whole path working."""

import email
import subprocess
import sys
from email import policy
from pathlib import Path


def test_the_demo_mails_active_subscribers_only_and_writes_a_preview(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "digest", "demo"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for column in ("feeds", "items", "tagged", "stories", "recipients", "skipped inactive"):
        assert column in out
    outbox = tmp_path / ".digest" / "demo" / "outbox"
    received = sorted(
        email.message_from_bytes(p.read_bytes(), policy=policy.default)["To"].addresses[0].addr_spec
        for p in outbox.glob("*.eml")
    )
    assert received == ["leila@example.org", "rana@example.org", "tom@example.org"]
    preview = (tmp_path / ".digest" / "demo" / "preview.html").read_text()
    assert "What's going on now" in preview and "Aleppo pepper" not in preview
    assert "<script>" not in preview
    assert "-name-" not in preview and "-unsubscribe_url-" not in preview  # sample values
