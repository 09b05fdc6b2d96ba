"""The console and the subscriber pages driven in headless Debian chromium (Playwright).

Screenshots of every step go to test-output/web/<test>/ in the repository.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from digest.local.demo import FEEDS
from digest.models import Membership, MembershipStatus, Subscriber
from tests.web.browsing import MEMBERS_CSV, Site, admin_signs_in, assert_labelled
from tests.web.support import outbox

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def admin_adds_feeds_and_fetches(site: Site, page: Page) -> None:
    page.goto(site.url + "/admin/feeds")
    for path in FEEDS:
        page.get_by_label("Feed URL").fill(site.feeds.url + path)
        page.get_by_role("button", name="Add feed").click()
        expect(page.get_by_role("status")).to_contain_text("Added")
    site.snap(page, "admin-feeds-added")
    page.get_by_role("button", name="Fetch now").click()
    expect(page.get_by_role("status")).to_contain_text("new items")
    site.snap(page, "admin-feeds-fetched")


def admin_imports_csv(site: Site, page: Page) -> None:
    page.goto(site.url + "/admin/audience")
    page.get_by_role("link", name="Import CSV into Syria Digest").click()
    page.get_by_label("CSV file").set_input_files(str(MEMBERS_CSV))
    page.get_by_role("button", name="Import").click()
    expect(page.locator("#summary")).to_contain_text("Imported 4 of 5 rows")
    expect(page.locator("#problems")).to_contain_text("row 3:")
    site.snap(page, "admin-csv-imported")


def admin_previews_and_sends(site: Site, page: Page) -> None:
    page.goto(site.url + "/admin/editions")
    page.get_by_role("button", name="Build now").click()
    expect(page.locator("#status")).to_have_text("ready")
    desktop = page.frame_locator("iframe[title^='desktop preview']")
    expect(desktop.locator("body")).to_contain_text("Unsubscribe")
    expect(page.locator("#text-part")).not_to_be_empty()
    site.snap(page, "admin-edition-preview")
    page.get_by_role("link", name="Send now…").click()
    expect(page.locator("#recipients")).to_contain_text("will get it")
    site.snap(page, "admin-send-confirmation")
    page.get_by_role("button", name=re.compile(r"^Yes, send to \d+ (person|people)$")).click()
    expect(page.locator("#status")).to_have_text("sent", timeout=60_000)
    site.snap(page, "admin-edition-sent")


def test_an_admin_signs_in_adds_a_feed_imports_and_sends_an_edition(
        browser: Browser, site: Site) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    admin_signs_in(site, page)
    admin_adds_feeds_and_fetches(site, page)
    admin_imports_csv(site, page)
    admin_previews_and_sends(site, page)
    recipients = {m["To"].addresses[0].addr_spec for m in outbox(site.runtime.settings)}
    assert recipients == {"ana@example.org"}  # the one active member from the CSV
    page.close()


def test_a_reader_subscribes_confirms_changes_preferences_and_unsubscribes(
        browser: Browser, site: Site) -> None:
    # A phone with JavaScript switched off: the public pages must work without it.
    phone = browser.new_context(viewport={"width": 390, "height": 844},
                                java_script_enabled=False)
    reader = phone.new_page()
    reader.goto(site.url + "/lists/syria-digest/subscribe")
    assert_labelled(reader)
    reader.get_by_label("Email address").fill("reader@example.org")
    reader.get_by_label("Name").fill("Rana")
    site.snap(reader, "reader-subscribe-form")
    reader.get_by_label("Name").press("Enter")  # the keyboard alone sends the form
    expect(reader.get_by_role("heading", name="Check your inbox")).to_be_visible()
    site.snap(reader, "reader-check-inbox")

    reader.goto(site.link("reader@example.org", "/confirm/"))
    reader.get_by_role("button", name="Confirm my subscription").click()  # GET changed nothing
    expect(reader.get_by_role("heading", name="You are subscribed")).to_be_visible()
    site.snap(reader, "reader-confirmed")

    editor = browser.new_page(viewport={"width": 1280, "height": 900})
    admin_signs_in(site, editor)
    admin_adds_feeds_and_fetches(site, editor)
    admin_previews_and_sends(site, editor)
    editor.close()

    reader.goto(site.link("reader@example.org", "/preferences/"))
    expect(reader.get_by_role("heading", name=re.compile("Your preferences"))).to_be_visible()
    assert_labelled(reader)
    reader.get_by_label("Once a week").check()
    reader.get_by_label("Your time zone").select_option("Asia/Damascus")
    reader.get_by_role("button", name="Save preferences").click()
    expect(reader.get_by_role("status")).to_have_text("Your preferences are saved.")
    site.snap(reader, "reader-preferences-saved")

    reader.goto(site.link("reader@example.org", "/unsubscribe/"))
    site.snap(reader, "reader-unsubscribe-page")
    reader.get_by_role("button", name="Unsubscribe").click()
    expect(reader.get_by_role("heading", name="You are unsubscribed")).to_be_visible()
    site.snap(reader, "reader-unsubscribed")
    phone.close()

    with site.runtime.sessions() as session:
        membership, subscriber = session.execute(select(Membership, Subscriber).join(
            Subscriber, Subscriber.id == Membership.subscriber_id)).one()
    assert membership.status == MembershipStatus.UNSUBSCRIBED
    assert (membership.frequency, subscriber.timezone) == ("weekly", "Asia/Damascus")
