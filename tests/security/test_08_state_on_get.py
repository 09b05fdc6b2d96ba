"""Item 8: opening a link changes nothing (mail scanners open them all); confirming and
signing in take a button press, and an archive sign-in link works once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
from sqlalchemy import select

from digest.audience.lists import create_list
from digest.audience.subscribers import subscribe
from digest.models import Membership, MembershipStatus
from digest.runtime import Runtime
from tests.security.conftest import Serve, form_token
from tests.web.support import outbox, text_of


def mailed_link(rt: Runtime, site: str, path_prefix: str) -> str:
    """The path of the newest link starting with `path_prefix` in the outbox."""
    text = text_of(outbox(rt.settings)[-1])
    start = text.index(site + path_prefix) + len(site)
    return text[start:].split()[0]


def status_of(rt: Runtime) -> str:
    with rt.sessions() as session:
        return str(session.scalar(select(Membership.status)))


def test_a_scanner_opening_the_confirmation_link_subscribes_nobody(
        rt: Runtime, serve: Serve) -> None:
    with rt.sessions() as session, session.begin():
        create_list(session, "Syria Digest")
    site = serve()
    with httpx.Client(base_url=site) as reader:
        form = "/lists/syria-digest/subscribe"
        reader.post(form, data={"email": "rana@example.org", "csrf_token": form_token(
            reader, form)})
    link = mailed_link(rt, site, "/confirm/")
    with httpx.Client(base_url=site) as scanner:  # fetches every link, follows redirects
        assert scanner.head(link).status_code in (200, 405)
        assert scanner.get(link, follow_redirects=True).status_code == 200
    assert status_of(rt) == MembershipStatus.PENDING
    with httpx.Client(base_url=site) as reader:
        page = reader.get(link)
        assert "Confirm my subscription" in page.text
        answer = reader.post(link, data={"csrf_token": form_token(reader, link)})
    assert answer.status_code == 200 and "You are subscribed" in answer.text
    assert status_of(rt) == MembershipStatus.ACTIVE


def test_an_archive_sign_in_link_signs_in_once_and_only_on_the_button(
        rt: Runtime, serve: Serve) -> None:
    with rt.sessions() as session, session.begin():
        mailing_list = create_list(session, "Syria Digest")
        subscribe(session, mailing_list.id, "rana@example.org")
    site = serve()
    with httpx.Client(base_url=site) as reader:
        reader.post("/archive/sign-in", data={"email": "rana@example.org",
                                              "csrf_token": form_token(reader, "/archive")})
    link = mailed_link(rt, site, "/archive/sign-in/")
    with httpx.Client(base_url=site) as scanner:
        opened = scanner.get(link, follow_redirects=True)
        assert opened.status_code == 200 and "digest_reader" not in scanner.cookies

    browsers = [httpx.Client(base_url=site) for _ in range(6)]
    tokens = [form_token(browser, link) for browser in browsers]
    start = threading.Barrier(len(browsers))

    def press(n: int) -> int:
        start.wait()
        return browsers[n].post(link, data={"csrf_token": tokens[n]}).status_code

    with ThreadPoolExecutor(len(browsers)) as pool:
        answers = list(pool.map(press, range(len(browsers))))
    # Six tabs (or an eavesdropper racing the reader) press at once: one gets in.
    assert sorted(answers) == [303] + [400] * 5
    signed_in = [b for b in browsers if "digest_reader" in b.cookies]
    assert len(signed_in) == 1
    assert "Signed in as rana@example.org" in signed_in[0].get("/archive").text
    again = browsers[0].post(link, data={"csrf_token": tokens[0]})
    assert again.status_code == 400 and "already been used" in again.text
    assert "already been used" in browsers[1].get(link).text
    for browser in browsers:
        browser.close()
