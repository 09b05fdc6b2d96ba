"""Item 3: sign-in guesses are limited per address and per account, atomically, and
hashing a password never stops the web app answering other requests."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import update

from digest.models import AdminUser
from digest.runtime import Runtime
from digest.web.passwords import create_admin_user
from tests.conftest import RedisSpace
from tests.security.conftest import Serve, as_client, form_token
from tests.web.support import ADMIN_PASSWORD, ADMIN_USER

LOGIN = "/admin/login"
LIMIT = 5  # DIGEST_WEB_LOGIN_ATTEMPTS' default


@pytest.fixture(params=["database", "redis"])
def served(request: pytest.FixtureRequest, rt: Runtime, serve: Serve) -> str:
    """The app with an admin, counting sign-ins in the database or in Redis."""
    with rt.sessions() as session, session.begin():
        create_admin_user(session, ADMIN_USER, ADMIN_PASSWORD)
    if request.param == "redis":
        space: RedisSpace = request.getfixturevalue("redis_space")
        return serve(redis_url=space.url, redis_prefix=space.prefix)
    return serve()


def guess(url: str, address: str, username: str = ADMIN_USER,
          password: str = "a wrong guess") -> int:
    """One sign-in attempt from `address`, as a browser makes it; the status code."""
    with httpx.Client(base_url=url, headers=as_client(address)) as browser:
        token = form_token(browser, LOGIN)
        answer = browser.post(LOGIN, data={"username": username, "password": password,
                                           "next": "/admin/", "csrf_token": token})
        return answer.status_code


def test_twenty_guesses_at_once_get_no_more_tries_than_the_limit(served: str) -> None:
    with httpx.Client(base_url=served, headers=as_client("198.51.100.7")) as browser:
        token = form_token(browser, LOGIN)
        form = {"username": ADMIN_USER, "password": "a wrong guess", "next": "/admin/",
                "csrf_token": token}
        start = threading.Barrier(20)

        def one(_: int) -> int:
            start.wait()
            return browser.post(LOGIN, data=form).status_code

        with ThreadPoolExecutor(20) as pool:
            answers = list(pool.map(one, range(20)))
    assert sorted(answers) == [401] * LIMIT + [429] * (20 - LIMIT)


def test_new_usernames_do_not_start_a_fresh_count_for_the_address(served: str) -> None:
    for n in range(LIMIT):
        assert guess(served, "198.51.100.8", username=f"user{n}") == 401
    assert guess(served, "198.51.100.8", password=ADMIN_PASSWORD) == 429


def test_an_account_is_limited_wherever_the_guesses_come_from(served: str) -> None:
    for n in range(LIMIT):
        assert guess(served, f"203.0.113.{n + 1}") == 401
    assert guess(served, "203.0.113.200", password=ADMIN_PASSWORD) == 429
    assert guess(served, "203.0.113.201", username="bob") == 401  # other accounts are not


def test_walking_through_an_ipv6_64_does_not_help(served: str) -> None:
    for n in range(LIMIT):
        assert guess(served, f"2001:db8:1:2::{n + 1:x}", username=f"user{n}") == 401
    assert guess(served, "2001:db8:1:2:ffff:ffff:ffff:ffff", username="fresh") == 429
    assert guess(served, "2001:db8:1:3::1", username="fresh") == 401  # the next /64 is another


@cache
def _costly_hash() -> str:
    """Made once: making it costs as much as checking a guess against it."""
    return PasswordHasher(time_cost=80).hash(ADMIN_PASSWORD)


def test_the_app_answers_other_requests_while_a_password_is_hashed(
        rt: Runtime, serve: Serve) -> None:
    with rt.sessions() as session, session.begin():
        create_admin_user(session, ADMIN_USER, ADMIN_PASSWORD)
        # A costly stored hash: checking a guess against it takes seconds of CPU (about
        # 2 s on a 2-core machine), far longer than a health check needs, so the two
        # requests cannot finish in the wrong order by chance.
        session.execute(update(AdminUser).values(password_hash=_costly_hash()))
    served = serve()
    finished: dict[str, float] = {}
    answers: dict[str, int] = {}
    posted = threading.Event()

    def note_post(request: httpx.Request) -> None:
        if request.method == "POST":
            posted.set()

    def sign_in() -> None:
        with httpx.Client(base_url=served, headers=as_client("192.0.2.1"),
                          event_hooks={"request": [note_post]}, timeout=60) as browser:
            token = form_token(browser, LOGIN)
            answer = browser.post(LOGIN, data={  # wrong password: no re-hash afterwards
                "username": ADMIN_USER, "password": "a wrong guess", "next": "/admin/",
                "csrf_token": token})
        finished["sign-in"] = time.monotonic()
        answers["sign-in"] = answer.status_code

    hashing = threading.Thread(target=sign_in)
    hashing.start()
    assert posted.wait(30), "the sign-in was never sent"
    time.sleep(0.3)  # the app has read the form and is hashing
    health = httpx.get(f"{served}/healthz", timeout=30)
    finished["health"] = time.monotonic()
    hashing.join(60)
    assert health.status_code == 200
    assert answers.get("sign-in") == 401
    assert finished["health"] < finished["sign-in"]
