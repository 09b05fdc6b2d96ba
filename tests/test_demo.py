"""`digest demo` is the first thing a newcomer runs: it must show the whole path working."""

import email
import re
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
    up_to_speed = preview.split("Let's bring you up to speed", 1)[1].split("What's going on", 1)[0]
    # The story so far, in an earlier report's own sentence, dated from today and linked ...
    assert re.search(r"On \w+day, interim President Ahmed al-Sharaa signed a constitutional "
                     r"declaration that sets a five-year transitional period", up_to_speed)
    assert "levant-wire.test/news/constitutional-declaration" in up_to_speed
    # ... and who's who, named as the story names them.
    assert "<strong>Ahmed al-Sharaa:</strong> Syria's interim president" in up_to_speed
    assert "<strong>HTS:</strong> Hayat Tahrir al-Sham" in up_to_speed
