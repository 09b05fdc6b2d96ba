from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from digest.runtime import Runtime
from digest.web.app import create_app
from digest.web.passwords import create_admin_user
from tests.web.browsing import browser, site  # noqa: F401 (browser-test fixtures)
from tests.web.support import ADMIN_PASSWORD, ADMIN_USER, sign_in


@pytest.fixture
def web(rt: Runtime) -> FastAPI:
    return create_app(rt.settings, runtime=rt)


@pytest.fixture
def client(web: FastAPI) -> Iterator[TestClient]:
    with TestClient(web, base_url="https://digest.example.org") as test_client:
        yield test_client


@pytest.fixture
def admin_user(rt: Runtime) -> str:
    with rt.sessions() as session, session.begin():
        create_admin_user(session, ADMIN_USER, ADMIN_PASSWORD)
    return ADMIN_USER


@pytest.fixture
def admin(client: TestClient, admin_user: str) -> TestClient:
    """The client, signed in as an admin."""
    assert sign_in(client).status_code == 303
    return client
