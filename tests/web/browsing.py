"""What every browser test shares: Debian chromium driven by Playwright (one browser per
module), the web app served by uvicorn on a free port with the demo feeds beside it, signing
in, screenshots, and the checks every page must pass (no sideways scrolling on a phone,
no axe-core WCAG 2 A/AA violation).

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
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect, sync_playwright

from digest.audience.lists import create_list
from digest.local.demo import sample_documents
from digest.local.feedserver import FeedServer
from digest.models import utcnow
from digest.runtime import Runtime
from digest.web.app import create_app
from digest.web.passwords import create_admin_user
from tests.web.support import ADMIN_PASSWORD, ADMIN_USER, outbox, text_of

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


WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
_AXE = Axe()  # axe-core bundled with the package: works offline


def violations(page: Page) -> list[str]:
    """axe-core's WCAG 2 A/AA violations on the page, one line each (empty when none)."""
    results = _AXE.run(page, options={"runOnly": {"type": "tag", "values": WCAG_A_AA},
                                      "resultTypes": ["violations"]})
    return [f"{v['id']}: {v['help']} at " + ", ".join(
                str(node["target"]) for node in v["nodes"][:3])
            for v in results.response["violations"]]


def overflow(page: Page) -> int:
    """How many pixels the page is wider than the window (0 when nothing scrolls sideways)."""
    width = page.evaluate("document.documentElement.scrollWidth")
    return max(0, int(width) - int(page.viewport_size["width"] if page.viewport_size else 0))


def check(site: Site, page: Page, name: str) -> None:
    """Every page: no sideways scrolling at any width, no WCAG 2 A/AA violation; a
    screenshot named by the step and the window width."""
    width = page.viewport_size["width"] if page.viewport_size else 0
    site.snap(page, f"{name}-{width}")
    assert overflow(page) == 0, f"{name} at {width} px is {overflow(page)} px too wide"
    found = violations(page)
    assert found == [], f"{name} at {width} px: " + "; ".join(found)
