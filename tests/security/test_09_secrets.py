"""Item 9: secrets stay secret: private files, long keys, one key per purpose, no tokens in
the access log, no SMTP password in the clear."""

from __future__ import annotations

import base64
import json
import os
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.config import Settings, load_settings
from digest.delivery.transports.base import Message, Recipient, TransportError
from digest.delivery.transports.smtp import SMTPTransport
from digest.keys import ADMIN_SESSION, READER_COOKIE, derive_text_key
from digest.models import Subscriber
from digest.runtime import Runtime, open_runtime
from tests.conftest import TEST_SECRET_KEY
from tests.services import free_port

SERVE = ("import typer; from digest.commands.web import web; app = typer.Typer(); "
         "app.command()(web); app()")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_dir_key_file_and_database_are_private(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # the usual default: files readable by everyone
    try:
        settings = load_settings(data_dir=tmp_path / "data")
        settings.ensure_secret_key()
        runtime = open_runtime(settings)
        runtime.engine.dispose()
    finally:
        os.umask(old_umask)
    data = tmp_path / "data"
    assert mode(data) == 0o700
    assert mode(data / "secret_key") == 0o600
    assert mode(data / "digest.sqlite3") == 0o600
    assert all(mode(extra) == 0o600 for extra in data.glob("digest.sqlite3-*"))


def test_processes_starting_together_agree_on_one_key(tmp_path: Path) -> None:
    start = threading.Barrier(8)

    def first_run(_: int) -> str:
        settings = load_settings(data_dir=tmp_path / "data")
        start.wait()
        return settings.ensure_secret_key()

    with ThreadPoolExecutor(8) as pool:
        keys = set(pool.map(first_run, range(8)))
    assert len(keys) == 1 and len(keys.pop()) >= 32
    assert [p.name for p in (tmp_path / "data").iterdir()] == ["secret_key"]  # no drafts left


def test_a_short_secret_key_stops_start_up_with_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "digest", "config", "show"], capture_output=True, text=True,
        env={**os.environ, "DIGEST_SECRET_KEY": "hunter2", "DIGEST_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert "DIGEST_SECRET_KEY" in result.stderr and "at least 32 characters" in result.stderr
    assert "hunter2" not in result.stderr


def _starlette_session(key: str, data: dict[str, Any]) -> str:
    """A session cookie as Starlette's SessionMiddleware signs one with `key`."""
    payload = base64.b64encode(json.dumps(data).encode())
    return TimestampSigner(key).sign(payload).decode()


def test_a_cookie_signed_with_the_secret_itself_opens_nothing(client: Any,
                                                              rt: Runtime) -> None:
    admin = {"admin_user": "alice", "admin_id": 1, "admin_at": time.time()}
    client.cookies.set("digest_session", _starlette_session(TEST_SECRET_KEY, admin))
    assert client.get("/admin/", follow_redirects=False).status_code == 303
    own_key = derive_text_key(TEST_SECRET_KEY, ADMIN_SESSION)
    client.cookies.set("digest_session", _starlette_session(own_key, admin))
    assert client.get("/admin/", follow_redirects=False).status_code == 200  # the control

    with rt.sessions() as session, session.begin():
        subscribe(session, create_list(session, "Syria Digest").id, "rana@example.org")
        reader = session.scalar(select(Subscriber))
        assert reader is not None
        value = [reader.id, reader.email_hash[:16]]
    client.cookies.clear()
    client.cookies.set("digest_reader", URLSafeTimedSerializer(
        TEST_SECRET_KEY, salt="digest.reader").dumps(value))
    assert "Signed in as" not in client.get("/archive").text
    client.cookies.set("digest_reader", URLSafeTimedSerializer(
        derive_text_key(TEST_SECRET_KEY, READER_COOKIE), salt="digest.reader").dumps(value))
    assert "Signed in as rana@example.org" in client.get("/archive").text


def test_links_already_mailed_keep_working(client: Any, rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        membership = subscribe(session, create_list(session, "Syria Digest").id,
                               "rana@example.org")
        reader = session.get(Subscriber, membership.subscriber_id)
        assert reader is not None
        claims = [reader.id, membership.list_id, reader.email_hash[:16]]
    # An unsubscribe link from before lasting links and derived keys: signed with the secret.
    old = URLSafeTimedSerializer(TEST_SECRET_KEY, salt="digest.unsubscribe").dumps(claims)
    page = client.get(f"/unsubscribe/{old}")
    assert page.status_code == 200 and "rana@example.org" in page.text


def test_tokens_in_links_never_reach_the_access_log(settings: Settings) -> None:
    port = free_port()
    env = {**os.environ, "DIGEST_DATABASE_URL": settings.database_url,
           "DIGEST_DATA_DIR": str(settings.data_dir), "DIGEST_SECRET_KEY": TEST_SECRET_KEY}
    server = subprocess.Popen(
        [sys.executable, "-c", SERVE, "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    secret_paths = ["/unsubscribe/7.1.SECRETunsubscribeTOKEN0", "/preferences/7.1.SECRETprefs",
                    "/confirm/SECRETconfirm.token", "/archive/sign-in/SECRETarchive.token"]
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "digest web did not start"
                time.sleep(0.2)
        for path in secret_paths:
            httpx.get(f"http://127.0.0.1:{port}{path}")
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    assert "GET /unsubscribe/[token]" in output and "GET /confirm/[token]" in output
    assert "GET /healthz" in output  # the log is there, only the tokens are not
    assert "SECRET" not in output


class Authenticator:
    def __init__(self) -> None:
        self.passwords: list[bytes] = []

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str,
                 auth_data: Any) -> AuthResult:
        self.passwords.append(auth_data.password)
        return AuthResult(success=True)


class Sink:
    def __init__(self) -> None:
        self.received: list[str] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(envelope.rcpt_tos[0])
        return "250 OK"


@pytest.fixture
def plain_smtp() -> Iterator[tuple[int, Authenticator, Sink]]:
    """An SMTP server without STARTTLS that would take a password in the clear."""
    authenticator, sink, port = Authenticator(), Sink(), free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_require_tls=False)
    controller.start()
    yield port, authenticator, sink
    controller.stop()


def test_an_smtp_password_is_never_sent_in_the_clear(
        plain_smtp: tuple[int, Authenticator, Sink]) -> None:
    port, authenticator, sink = plain_smtp
    message = Message(edition_id=1, subject="Hi", html="<p>Hi</p>", text="Hi",
                      from_email="digest@example.org")
    to = [Recipient(delivery_id=1, subscriber_id=1, email="rana@example.org")]
    with pytest.raises(TransportError, match="STARTTLS") as refused:
        SMTPTransport(f"smtp://digest:s3cret@127.0.0.1:{port}").send(message, to)
    assert refused.value.permanent and "insecure=1" in str(refused.value)
    assert authenticator.passwords == [] and sink.received == []
    # Said out loud in the URL, it is allowed (a relay on a trusted network).
    SMTPTransport(f"smtp://digest:s3cret@127.0.0.1:{port}?insecure=1").send(message, to)
    assert authenticator.passwords == [b"s3cret"] and sink.received == ["rana@example.org"]
