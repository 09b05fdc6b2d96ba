"""Helpers the web tests share: forms with their CSRF token, signing in, reading the outbox."""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from digest.config import Settings

ADMIN_USER = "alice"
ADMIN_PASSWORD = "correct horse battery"
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    found = _TOKEN.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def submit(client: TestClient, page: str, action: str, data: dict[str, Any],
           files: dict[str, Any] | None = None) -> Any:
    """Open `page`, then post `data` to `action` with the page's CSRF token, as a browser would.
    Returns the TestClient's response (httpx's or httpx2's: starlette takes httpx2 when the
    `semantic` extra's hub client brought it in)."""
    token = csrf_from(client.get(page).text)
    return client.post(action, data={**data, "csrf_token": token}, files=files,
                       follow_redirects=False)


def sign_in(client: TestClient, username: str = ADMIN_USER,
            password: str = ADMIN_PASSWORD) -> Any:
    return submit(client, "/admin/login", "/admin/login",
                  {"username": username, "password": password, "next": "/admin/"})


def outbox(settings: Settings) -> list[EmailMessage]:
    """Every message in the outbox, oldest file first."""
    folder = Path(settings.data_dir) / "outbox"
    paths = sorted(folder.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns) \
        if folder.exists() else []
    return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for p in paths]


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def link_in(message: EmailMessage, path_prefix: str) -> str:
    """The path (no host) of the first link in the text part starting with `path_prefix`."""
    found = re.search(r"https://digest\.example\.org(" + re.escape(path_prefix) + r"\S+)",
                      text_of(message))
    assert found, f"no {path_prefix} link in the message"
    return found.group(1)
