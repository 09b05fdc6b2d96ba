"""Every console job and every reader page in chromium at desktop (1280 px) and phone (390 px)
width, from signing in to the result, each page checked for sideways scrolling and for
axe-core WCAG 2 A/AA violations (tests/web/browsing.py: `check`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from digest.audience import tokens
from digest.audience.flows import token_for
from digest.audience.subscribers import subscribe
from digest.models import Edition, EditionStatus, Feed, MembershipStatus, Subscriber
from tests.web.browsing import Site, admin_signs_in, check
from tests.web.support import outbox

pytestmark = [pytest.mark.browser, pytest.mark.slow]
EDITION_HTML = (Path(__file__).resolve().parents[1] / "data" / "editions" / "built-7d.html")
WIDTHS = [1280, 390]


def _seed(site: Site, status: EditionStatus) -> None:
    """Two active readers and one who left on Syria Digest, a feed, and one edition."""
    with site.runtime.sessions() as session, session.begin():
        for n in range(2):
            subscribe(session, 1, f"reader{n}@example.org", name=f"Reader {n}")
        subscribe(session, 1, "left@example.org", status=MembershipStatus.UNSUBSCRIBED)
        session.add(Feed(url=site.feeds.url + "/feed.xml", title="Example news"))
        session.add(Edition(list_id=1, slot="2026-11-25T07:00Z", status=status,
                            subject="Syria: up to speed", html=EDITION_HTML.read_text(),
                            text="Syria: up to speed\n\nHello -name-\n"))


@pytest.fixture(params=WIDTHS, ids=lambda width: f"{width}px")
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A browser window at desktop or phone width (closed even when the test fails)."""
    # axe-core runs as a script in the page; a rendered edition's policy (sandbox, no
    # scripts) would stop it, so these windows let the checker in.  The pages themselves
    # are tried under their policies in test_browser.py and tests/security.
    context = browser.new_context(viewport={"width": request.param, "height": 900},
                                  bypass_csp=True)
    yield context.new_page()
    context.close()


def test_an_admin_does_every_job_from_sign_in_to_the_result(site: Site, page: Page) -> None:
    _seed(site, EditionStatus.READY)
    page.goto(site.url + "/admin/")
    check(site, page, "sign-in")
    admin_signs_in(site, page)
    check(site, page, "dashboard")
    menu = page.get_by_role("navigation", name="Console")

    # Lists and schedules: every problem at once, then a saved list that says when it sends.
    menu.get_by_role("link", name="Lists & schedules").click()
    check(site, page, "lists")
    page.locator("main").get_by_role("link", name="New list").click()
    page.get_by_label("Name", exact=True).fill("Syria Weekly")
    page.get_by_label("Schedule (cron)").fill("every monday")
    page.get_by_label("Time zone", exact=True).select_option("Asia/Damascus")
    page.get_by_role("button", name="Save list").click()
    expect(page.get_by_role("alert")).to_contain_text("2 things need fixing")
    check(site, page, "list-form-errors")
    page.get_by_label("syria").check()
    page.get_by_label("Schedule (cron)").fill("0 7 * * 1")
    page.get_by_role("button", name="Save list").click()
    expect(page.get_by_role("status").first).to_contain_text("Saved Syria Weekly.")
    expect(page.locator("#reading")).to_contain_text("At 07:00, only on Monday")
    check(site, page, "list-saved")

    # People: add one person, then unsubscribe another in bulk.
    menu.get_by_role("link", name="People").click()
    check(site, page, "people")
    page.locator("main").get_by_role("link", name="Add a person").click()
    page.get_by_label("Email address").fill("rana@example.org")
    page.get_by_label("List", exact=True).select_option(label="Syria Digest")
    page.get_by_label("I hold their consent").check()
    check(site, page, "add-person")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_role("status")).to_contain_text("rana@example.org is active on Syria")
    check(site, page, "person")
    menu.get_by_role("link", name="People").click()
    page.get_by_label("Select reader0@example.org on Syria Digest").check()
    page.get_by_label("Do").select_option("unsubscribe")
    page.get_by_label("Reason").fill("asked by email")
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_role("status")).to_contain_text("done for 1 of 1")
    page.get_by_label("Status", exact=True).select_option("unsubscribed")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("table.people")).to_contain_text("reader0@example.org")
    check(site, page, "people-unsubscribed")
    page.get_by_role("navigation", name="People").get_by_role(
        "link", name="Import / export").click()
    check(site, page, "import-export")
    page.get_by_role("link", name="Import CSV into Syria Digest").click()
    check(site, page, "import")

    # Feeds and topics.
    menu.get_by_role("link", name="Feeds & topics").click()
    check(site, page, "feeds")
    page.get_by_role("link", name="Example news").click()
    check(site, page, "feed")
    page.get_by_role("navigation", name="Feeds & topics").get_by_role(
        "link", name="Topics").click()
    check(site, page, "topics")
    page.locator("main").get_by_role("link", name="syria").first.click()
    check(site, page, "topic")
    page.get_by_role("link", name="Who's who explainers").click()
    check(site, page, "explainers")

    # Editions and sends: who will get it, confirm, sent, audited.
    menu.get_by_role("link", name="Editions & sends").click()
    check(site, page, "editions")
    page.locator("main").get_by_role("link", name="Syria: up to speed").click()
    check(site, page, "edition")
    page.get_by_role("link", name="Send now…").click()
    expect(page.locator("#recipients")).to_contain_text("2 people")
    check(site, page, "send-confirmation")
    page.get_by_role("button", name="Yes, send to 2 people").click()
    expect(page.locator("#status")).to_have_text("sent", timeout=60_000)
    recipients = sorted(m["To"].addresses[0].addr_spec for m in outbox(site.runtime.settings))
    assert recipients == ["rana@example.org", "reader1@example.org"]

    menu.get_by_role("link", name="Audit log").click()
    expect(page.locator("main")).to_contain_text("send started for 2 recipients")
    check(site, page, "audit-log")
    menu.get_by_role("link", name="Settings").click()
    check(site, page, "settings")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name=re.compile("Sign in"))).to_be_visible()


def _links(site: Site, address: str) -> tuple[str, str]:
    """(preferences, unsubscribe) links of a member, as an edition's footer has them."""
    secret = site.runtime.settings.ensure_secret_key()
    with site.runtime.sessions() as session:
        subscriber = session.query(Subscriber).filter_by(email=address).one()
        membership = subscriber.memberships[0]
        return tuple(  # type: ignore[return-value]
            f"{site.url}/{purpose}/{token_for(secret, purpose, membership, subscriber)}"
            for purpose in (tokens.PREFERENCES, tokens.UNSUBSCRIBE))


def test_a_reader_finds_the_way_from_the_archive_to_an_edition_and_back(
        site: Site, page: Page) -> None:
    _seed(site, EditionStatus.SENT)
    page.goto(site.url + "/archive")
    check(site, page, "archive")
    page.get_by_role("link", name="Syria: up to speed").click()
    expect(page.get_by_role("link", name=re.compile("Subscribe")).first).to_be_visible()
    check(site, page, "edition-locked")
    page.goto(site.url + "/archive")
    page.get_by_role("link", name="Subscribe to Syria Digest").click()
    check(site, page, "subscribe")
    page.get_by_label("Email address").fill("rana@example.org")
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()
    check(site, page, "check-your-inbox")
    page.goto(site.link("rana@example.org", "/confirm/"))
    check(site, page, "confirm")
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("heading", name="You are subscribed")).to_be_visible()
    check(site, page, "confirmed")

    page.goto(site.url + "/archive")
    page.get_by_label(re.compile("sign in with your email address")).fill("rana@example.org")
    page.get_by_role("button", name=re.compile("sign-in link", re.IGNORECASE)).click()
    page.goto(site.link("rana@example.org", "/archive/sign-in/"))
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Syria: up to speed").click()
    expect(page.get_by_role("link", name="All editions")).to_be_visible()
    assert "View in your browser" not in page.content()
    check(site, page, "web-edition")
    page.get_by_role("link", name="All editions").click()
    expect(page.get_by_role("heading", name="Archive")).to_be_visible()

    preferences, unsubscribe = _links(site, "rana@example.org")
    page.goto(preferences)
    page.get_by_label("Your time zone").select_option("Asia/Damascus")
    check(site, page, "preferences")
    page.goto(unsubscribe)
    check(site, page, "unsubscribe")
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("heading", name="You are unsubscribed")).to_be_visible()
    check(site, page, "unsubscribed")
    page.goto(preferences)
    expect(page.get_by_role("heading", name="You are unsubscribed")).to_be_visible()
    check(site, page, "preferences-unsubscribed")
    page.get_by_role("button", name="Subscribe again").click()
    expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()
