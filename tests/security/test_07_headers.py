"""Item 7: every page carries the headers browsers need; a rendered edition runs nothing and
frames only where we put it; `?notice=` text in a URL is never shown."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, expect

from digest.audience.lists import create_list
from digest.models import Edition, EditionStatus
from digest.runtime import Runtime
from tests.web.browsing import Site, admin_signs_in
from tests.web.support import submit

PUBLIC_PAGES = ("/archive", "/lists/syria-digest/subscribe", "/unsubscribe/1.1.forged",
                "/confirm/forged", "/preferences/1.1.forged", "/archive/sign-in/forged",
                "/healthz", "/admin/login")
ADMIN_PAGES = ("/admin/", "/admin/editions", "/admin/feeds", "/admin/people",
               "/admin/lists", "/admin/lists/new", "/admin/audit", "/admin/settings")


@pytest.fixture
def edition_id(rt: Runtime) -> int:
    with rt.sessions() as session, session.begin():
        mailing_list = create_list(session, "Syria Digest")
        edition = Edition(list_id=mailing_list.id, slot="2026-11-25T07", subject="Up to speed",
                          html="<html><body><p>Hello -name-</p></body></html>", text="Hello",
                          status=EditionStatus.READY)
        session.add(edition)
        session.flush()
        return edition.id


def directives(policy: str) -> dict[str, str]:
    found = (part.strip().split(None, 1) for part in policy.split(";") if part.strip())
    return {name: rest[0] if rest else "" for name, *rest in found}


def test_every_page_forbids_sniffing_framing_and_referrers(admin: TestClient,
                                                           edition_id: int) -> None:
    for path in (*PUBLIC_PAGES, *ADMIN_PAGES):
        headers = admin.get(path, follow_redirects=False).headers
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["x-frame-options"] == "DENY", path
        policy = directives(headers["content-security-policy"])
        assert policy["frame-ancestors"] == "'none'", path
        assert policy["script-src"].startswith("'self'"), path  # no inline script by default
        assert "'unsafe-inline'" not in policy["script-src"], path
        assert policy["style-src"] == "'self'", path  # style sheets are files, none inline
        assert policy["object-src"] == "'none'" and policy["base-uri"] == "'none'", path
        # Admin pages hold no tokens and need Origin on scripted requests: same-origin.
        expected = "same-origin" if path.startswith("/admin") else "no-referrer"
        assert headers["referrer-policy"] == expected, path
    for path in ("/unsubscribe/1.1.forged", "/confirm/forged", "/preferences/1.1.forged",
                 "/archive/sign-in/forged"):  # tokens in the URL: never in a Referer
        assert admin.get(path).headers["referrer-policy"] == "no-referrer"


def test_the_edition_preview_is_sandboxed_and_framed_only_by_the_console(
        admin: TestClient, edition_id: int) -> None:
    page = admin.get(f"/admin/editions/{edition_id}").text
    frames = [tag for tag in page.split("<iframe")[1:]]
    assert len(frames) == 2 and all('sandbox="' in tag.split(">")[0] for tag in frames)
    assert all("allow-scripts" not in tag.split(">")[0] for tag in frames)
    preview = admin.get(f"/admin/editions/{edition_id}/preview.html").headers
    policy = directives(preview["content-security-policy"])
    assert policy["default-src"] == "'none'" and "script-src" not in policy
    assert policy["frame-ancestors"] == "'self'" and "sandbox" in policy
    assert preview["x-frame-options"] == "SAMEORIGIN"


def test_notice_text_in_a_url_is_not_shown(admin: TestClient) -> None:
    bait = "Your session expired: call +1 555 0100 to sign in again"
    for path in ("/admin/feeds", "/admin/people"):
        page = admin.get(path, params={"notice": bait})
        assert page.status_code == 200 and "555 0100" not in page.text


def test_our_own_notices_still_reach_the_page_once(admin: TestClient) -> None:
    answer = submit(admin, "/admin/feeds", "/admin/feeds",
                    {"url": "https://feeds.example.org/rss"})
    assert answer.status_code == 303 and "notice" not in answer.headers["location"]
    shown = admin.get(answer.headers["location"]).text
    assert "Added https://feeds.example.org/rss" in shown
    assert "Added https://feeds.example.org/rss" not in admin.get("/admin/feeds").text


@pytest.mark.browser
@pytest.mark.slow
def test_the_console_works_under_the_policy_in_chromium(browser: Browser, site: Site) -> None:
    """Styled pages and a delete confirmed by a form: nothing the policy refuses."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    refused: list[str] = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    admin_signs_in(site, page)
    page.goto(site.url + "/admin/lists/new")
    page.get_by_label("Name", exact=True).fill("Policy Test")
    page.get_by_label("syria").check()
    page.get_by_role("button", name="Save list").click()
    expect(page.get_by_role("status").first).to_contain_text("Saved Policy Test.")
    background = page.evaluate("getComputedStyle(document.querySelector('.topbar'))"
                               ".backgroundColor")
    assert background == "rgb(29, 43, 58)"  # the console's style sheet applied
    page.get_by_label(re.compile("Yes, delete Policy Test")).check()
    page.get_by_role("button", name="Delete list").click()
    expect(page.get_by_role("status")).to_contain_text("Deleted Policy Test.")
    assert refused == []
    page.close()
