"""`digest admin create-user` and `digest web`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
import typer
from sqlalchemy import select
from typer.testing import CliRunner

from digest.commands import web as web_commands
from digest.config import Settings
from digest.models import AdminUser
from digest.runtime import Runtime
from digest.web.base_url import base_url_mismatch
from digest.web.passwords import check_password
from tests.conftest import TEST_SECRET_KEY

SERVE = ("import typer; from digest.commands.web import web; app = typer.Typer(); "
         "app.command()(web); app()")


def cli() -> typer.Typer:
    app = typer.Typer()
    app.add_typer(web_commands.admin_app, name="admin")
    app.command("web")(web_commands.web)
    return app


@pytest.fixture
def environment(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {"DIGEST_DATABASE_URL": settings.database_url,
              "DIGEST_DATA_DIR": str(settings.data_dir), "DIGEST_SECRET_KEY": TEST_SECRET_KEY}
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


def test_create_user_asks_for_the_password_twice_and_stores_a_hash(
        rt: Runtime, environment: dict[str, str]) -> None:
    result = CliRunner().invoke(cli(), ["admin", "create-user", "alice"],
                                input="correct horse battery\ncorrect horse battery\n")
    assert result.exit_code == 0, result.output
    assert "Admin user alice created" in result.output
    with rt.sessions() as session:
        assert check_password(session, "alice", "correct horse battery") is not None
        assert session.scalar(select(AdminUser.password_hash)).startswith("$argon2")  # type: ignore[union-attr]


def test_create_user_refuses_a_short_password_and_an_existing_name(
        rt: Runtime, environment: dict[str, str]) -> None:
    short = CliRunner().invoke(cli(), ["admin", "create-user", "bob", "--password", "short"])
    assert short.exit_code != 0 and "at least 10 characters" in str(short.exception)
    args = ["admin", "create-user", "bob", "--password", "long enough password"]
    assert CliRunner().invoke(cli(), args).exit_code == 0
    again = CliRunner().invoke(cli(), args)
    assert again.exit_code != 0 and "already exists" in str(again.exception)
    reset = CliRunner().invoke(cli(), [*args[:3], "--password", "a new long password",
                                       "--reset"])
    assert reset.exit_code == 0
    with rt.sessions() as session:
        assert check_password(session, "bob", "a new long password") is not None


def test_digest_web_serves_on_the_given_host_and_port(rt: Runtime,
                                                       environment: dict[str, str]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-c", SERVE, "--host", "127.0.0.1", "--port", str(port)],
        env={**os.environ, **environment}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline, answer = time.monotonic() + 30, None
        while time.monotonic() < deadline and answer is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200
        assert answer.json() == {"status": "ok"}
        login = httpx.get(f"http://127.0.0.1:{port}/admin/", follow_redirects=False)
        assert login.status_code == 303
    finally:
        server.terminate()
        server.wait(10)
    printed = " ".join((server.stdout.read() if server.stdout else b"").decode().split())
    assert f"listens on port {port}" in printed  # the default base URL says port 8000



def test_a_base_url_on_another_local_port_is_reported() -> None:
    warning = base_url_mismatch("http://127.0.0.1:8000", "127.0.0.1", 18300)
    assert warning and "port 18300" in warning and "DIGEST_BASE_URL" in warning


def test_a_base_url_that_matches_or_is_a_public_name_is_fine() -> None:
    assert base_url_mismatch("http://127.0.0.1:18300", "127.0.0.1", 18300) is None
    assert base_url_mismatch("http://localhost:8000/", "0.0.0.0", 8000) is None
    assert base_url_mismatch("https://digest.example.org", "127.0.0.1", 8000) is None
