"""Attacks from outside: the real web app served by uvicorn on loopback."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import uvicorn

from digest.runtime import Runtime
from digest.web.app import create_app
from tests.services import free_port
from tests.web.browsing import browser, site  # noqa: F401 (fixtures)
from tests.web.conftest import admin, admin_user, client, web  # noqa: F401 (fixtures)
from tests.web.support import csrf_from

Serve = Callable[..., str]


@pytest.fixture
def serve(rt: Runtime) -> Iterator[Serve]:
    """`serve(**settings)` starts the app on a free port and returns its base URL.

    Served with proxy headers from loopback trusted, as behind a reverse proxy, so a test
    can speak for any client address with `X-Forwarded-For`.
    """
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(**overrides: Any) -> str:
        port = free_port()
        settings = rt.settings.model_copy(
            update={"base_url": f"http://127.0.0.1:{port}", **overrides})
        app = create_app(settings, runtime=Runtime(settings, rt.engine, rt.sessions))
        server = uvicorn.Server(uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", proxy_headers=True,
            forwarded_allow_ips="127.0.0.1"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        assert server.started, "the web app did not start"
        servers.append((server, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(10)


def as_client(address: str) -> dict[str, str]:
    """Headers that make the proxy-trusting app see the request come from `address`."""
    return {"X-Forwarded-For": address}


def form_token(http: httpx.Client, page: str) -> str:
    """Open `page` (setting the session cookie) and return the form's CSRF token."""
    return csrf_from(http.get(page).text)
