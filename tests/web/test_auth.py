"""Admin sign-in: nothing under /admin answers without a session; sessions are safe cookies."""

from __future__ import annotations

import re
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from digest.models import AdminUser, AuditEntry
from digest.runtime import Runtime
from digest.web.app import ROUTERS, create_app
from digest.web.auth import current_admin
from digest.web.passwords import AdminUserError, create_admin_user
from digest.web.ratelimit import RedisLimiter
from tests.conftest import RedisSpace
from tests.web.support import ADMIN_PASSWORD, sign_in


def admin_paths() -> list[tuple[str, str]]:
    """(method, path) of every admin route we declare."""
    found = []
    for route in (r for router in ROUTERS for r in router.routes):
        path = getattr(route, "path", "")
        if path.startswith("/admin") and path != "/admin/login":
            for method in sorted(getattr(route, "methods", None) or {"GET"}):
                if method != "HEAD":
                    found.append((method, re.sub(r"\{[^}]+\}", "1", path)))
    # Paths no route declares are behind the gate too (nothing leaks a 404 first).
    found += [("GET", "/admin/mailing-list/list"), ("DELETE", "/admin/lists/1")]
    return found


def test_nothing_under_admin_answers_without_a_session(client: TestClient) -> None:
    paths = admin_paths()
    assert len(paths) > 40
    for method, path in paths:
        response = client.request(method, path, follow_redirects=False)
        if method == "GET":
            assert response.status_code == 303, (method, path)
            assert response.headers["location"].startswith("/admin/login?next=")
        else:
            assert response.status_code == 401, (method, path)
        assert "csrf_token" not in response.text


def test_an_admin_signs_in_and_sees_the_dashboard(client: TestClient, admin_user: str,
                                                   rt: Runtime) -> None:
    assert client.get("/admin/", follow_redirects=False).status_code == 303
    answer = sign_in(client)
    assert answer.status_code == 303 and answer.headers["location"] == "/admin/"
    page = client.get("/admin/")
    assert page.status_code == 200 and "<h1>Dashboard</h1>" in page.text
    with rt.sessions() as session:
        user = session.scalar(select(AdminUser))
        assert user is not None and user.last_login_at is not None
        assert session.scalar(select(AuditEntry.actor).where(AuditEntry.action == "login")) \
            == "admin:alice"


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(
        client: TestClient, admin_user: str) -> None:
    wrong = sign_in(client, password="not the password")
    unknown = sign_in(client, username="mallory", password=ADMIN_PASSWORD)
    for answer in (wrong, unknown):
        assert answer.status_code == 401
        assert "Wrong username or password." in answer.text
    assert client.get("/admin/", follow_redirects=False).status_code == 303


def test_sign_in_is_rate_limited_per_address_and_username(client: TestClient,
                                                          admin_user: str) -> None:
    for _ in range(5):
        assert sign_in(client, password="guess").status_code == 401
    blocked = sign_in(client)  # even the right password waits now
    assert blocked.status_code == 429
    assert "Too many failed sign-ins" in blocked.text


def test_the_redis_limiter_counts_within_its_window(redis_space: RedisSpace) -> None:
    from datetime import timedelta

    import redis

    limiter = RedisLimiter(redis.Redis.from_url(redis_space.url), redis_space.prefix)
    window = timedelta(minutes=15)
    assert [limiter.try_hit("login_failed", "10.0.0.1", window, 3) for _ in range(4)] == [
        True, True, True, False]
    limiter.undo("login_failed", "10.0.0.1", window)  # a sign-in that was right
    assert limiter.try_hit("login_failed", "10.0.0.1", window, 3)
    assert limiter.try_hit("login_failed", "10.0.0.2", window, 3)
    keys = redis.Redis.from_url(redis_space.url).keys(f"{redis_space.prefix}*")
    assert len(keys) == 2 and 0 < redis.Redis.from_url(redis_space.url).ttl(keys[0]) <= 900


def test_the_session_cookie_is_httponly_samesite_and_secure_on_https(
        client: TestClient, admin_user: str) -> None:
    cookie = sign_in(client).headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" in cookie


def test_the_session_cookie_is_not_secure_on_a_plain_http_base_url(rt: Runtime,
                                                                   admin_user: str) -> None:
    settings = rt.settings.model_copy(update={"base_url": "http://127.0.0.1:8000"})
    with TestClient(create_app(settings, runtime=rt), base_url="http://127.0.0.1:8000") as plain:
        cookie = sign_in(plain).headers["set-cookie"].lower()
    assert "httponly" in cookie and "secure" not in cookie


def test_sign_in_never_redirects_to_another_site(client: TestClient, admin_user: str) -> None:
    page = client.get("/admin/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    answer = client.post("/admin/login", data={
        "username": "alice", "password": ADMIN_PASSWORD, "csrf_token": token,
        "next": "https://evil.example.com/"}, follow_redirects=False)
    assert answer.headers["location"] == "/admin/"


def test_an_old_sign_in_no_longer_counts() -> None:
    now = time.time()
    assert current_admin({"admin_user": "alice", "admin_at": now - 3600}, 12) == "alice"
    assert current_admin({"admin_user": "alice", "admin_at": now - 13 * 3600}, 12) is None
    assert current_admin({}, 12) is None


def test_signing_out_ends_the_session(admin: TestClient) -> None:
    token = re.search(r'name="csrf_token" value="([^"]+)"',  # type: ignore[union-attr]
                      admin.get("/admin/").text).group(1)
    admin.post("/admin/logout", data={"csrf_token": token})
    assert admin.get("/admin/", follow_redirects=False).status_code == 303


def test_admin_passwords_are_stored_as_argon2_hashes(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        user = create_admin_user(session, "bob", "a long enough password")
        assert user.password_hash.startswith("$argon2")
        assert "a long enough password" not in user.password_hash
        with pytest.raises(AdminUserError, match="at least 10"):
            create_admin_user(session, "carol", "short")
        with pytest.raises(AdminUserError, match="already exists"):
            create_admin_user(session, "bob", "another long password")
