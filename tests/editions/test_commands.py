"""`digest build --preview` writes an edition to look at; `digest preview` serves it."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from digest.audience.lists import create_list
from digest.commands import editions
from digest.commands.common import CommandError
from digest.editions.preview import make_server, serve_in_background
from digest.editions.render import TOKENS
from digest.models import utcnow
from digest.runtime import Runtime
from digest.stories.store import group_stories
from tests.conftest import TEST_SECRET_KEY
from tests.editions.factory import add_items, shifted_rows

app = typer.Typer()
app.command("build")(editions.build)
app.command("preview")(editions.preview)


@pytest.fixture
def cli_env(rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> Runtime:
    settings = rt.settings
    monkeypatch.setenv("DIGEST_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("DIGEST_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("DIGEST_SECRET_KEY", TEST_SECRET_KEY)
    monkeypatch.setenv("DIGEST_BASE_URL", settings.base_url)
    monkeypatch.setenv("DIGEST_POSTAL_ADDRESS", "Digest, 7 Postal Road, Testville")
    with rt.sessions() as session, session.begin():
        add_items(session, shifted_rows(utcnow()))
        group_stories(session, "syria")
        create_list(session, "Syria Digest")
    return rt


def test_build_with_preview_writes_html_and_text_with_sample_values(
    cli_env: Runtime, tmp_path: Path
) -> None:
    out = tmp_path / "preview" / "out.html"
    result = CliRunner().invoke(app, ["build", "--list", "Syria Digest", "--preview", str(out)])
    assert result.exit_code == 0, result.output
    html, text = out.read_text(), out.with_suffix(".txt").read_text()
    assert "Hama" in html and "WHAT'S GOING ON NOW" in text
    assert "Digest, 7 Postal Road, Testville" in html and "Digest, 7 Postal Road, Testville" in text
    assert not any(token in html + text for token in TOKENS)
    assert "/unsubscribe/PREVIEW" in html and "Hi reader" in text


def test_build_refuses_an_unknown_variant(cli_env: Runtime, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", "--list", "Syria Digest", "--variant", "9y"])
    assert result.exit_code != 0
    assert isinstance(result.exception, CommandError) and "9y" in str(result.exception)


def test_the_preview_server_serves_html_and_text_on_loopback(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<p>edition</p>")
    page.with_suffix(".txt").write_text("edition text")
    server = make_server(page)
    serve_in_background(server)
    try:
        host, port = server.server_address[:2]
        assert host == "127.0.0.1"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as reply:
            assert reply.read() == b"<p>edition</p>"
            assert reply.headers["Content-Type"].startswith("text/html")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/text", timeout=5) as reply:
            assert reply.read() == b"edition text"
    finally:
        server.shutdown()
        server.server_close()


def test_preview_of_a_missing_file_says_how_to_make_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["preview", str(tmp_path / "none.html")])
    assert result.exit_code != 0 and "digest build" in str(result.exception)
