"""The console and the subscriber pages driven in headless Debian chromium (Playwright).

Screenshots of every step go to test-output/web/<test>/ in the repository.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright
from sqlalchemy import select

from digest.audience.lists import create_list
from digest.local.demo import FEEDS, sample_documents
from digest.local.feedserver import FeedServer
from digest.models import Membership, MembershipStatus, Subscriber, utcnow
from digest.runtime import Runtime
from digest.web.app import create_app
from digest.web.passwords import create_admin_user
from tests.web.support import ADMIN_PASSWORD, ADMIN_USER, outbox, text_of

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "web"
MEMBERS_CSV = Path(__file__).resolve().parents[1] / "data" / "web" / "members.csv"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


def ensure_chromium() -> Path:
    """Debian's chromium, installed with apt when missing (never a downloaded browser)."""
    if not CHROMIUM.exists():
        prefix = [] if shutil.which("sudo") is None else ["sudo"]
        subprocess.run([*prefix, "apt-get", "install", "-y", "chromium"], check=True)
    return CHROMIUM


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(ensure_chromium()), args=ARGS)
        yield launched
        launched.close()


@dataclass
class Site:
    url: str
    runtime: Runtime
    feeds: FeedServer
    shots: Path

    def snap(self, page: Page, name: str) -> None:
        self.shots.mkdir(parents=True, exist_ok=True)
        count = len(list(self.shots.glob("*.png")))
        page.screenshot(path=str(self.shots / f"{count + 1:02d}-{name}.png"), full_page=True)

    def link(self, to: str, path_prefix: str) -> str:
        """The newest link starting with `path_prefix` in mail to `to`."""
        for message in reversed(outbox(self.runtime.settings)):
            if message["To"].addresses[0].addr_spec.lower() == to:
                found = re.search(re.escape(self.url + path_prefix) + r"\S+", text_of(message))
                if found:
                    return found.group(0)
        raise AssertionError(f"no {path_prefix} link mailed to {to}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def site(rt: Runtime, request: pytest.FixtureRequest) -> Iterator[Site]:
    """The web app served by uvicorn on a free loopback port, with the demo feeds beside it."""
    port = free_port()
    settings = rt.settings.model_copy(update={"base_url": f"http://127.0.0.1:{port}"})
    runtime = Runtime(settings, rt.engine, rt.sessions)
    with runtime.sessions() as session, session.begin():
        create_admin_user(session, ADMIN_USER, ADMIN_PASSWORD)
        create_list(session, "Syria Digest", description="The war and its aftermath.")
    server = uvicorn.Server(uvicorn.Config(create_app(settings, runtime=runtime),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name).strip("-")
    shots = OUTPUT / name
    shutil.rmtree(shots, ignore_errors=True)
    with FeedServer(sample_documents(utcnow())) as feeds:
        yield Site(f"http://127.0.0.1:{port}", runtime, feeds, shots)
    server.should_exit = True
    thread.join(10)


def assert_labelled(page: Page) -> None:
    """Every form field has exactly one label naming it (what screen readers announce)."""
    fields = page.locator("input:not([type=hidden]), select, textarea")
    assert fields.count() > 0
    for index in range(fields.count()):
        ident = fields.nth(index).get_attribute("id")
        assert ident and page.locator(f"label[for='{ident}']").count() == 1, ident


def admin_signs_in(site: Site, page: Page) -> None:
    page.goto(site.url + "/admin/")
    expect(page.get_by_role("heading", name=re.compile("Sign in"))).to_be_visible()
    page.get_by_label("Username").fill(ADMIN_USER)
    page.get_by_label("Password").fill(ADMIN_PASSWORD)
    site.snap(page, "admin-sign-in")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    site.snap(page, "admin-dashboard")


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
    page.get_by_role("button", name="Send now").click()
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
