"""The preview in headless Debian chromium: nothing overflows at phone and desktop widths."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from digest.editions.compose import Source, StoryView, compose
from digest.editions.preview import make_server, preview_bodies, serve_in_background, write_preview
from digest.editions.render import Footer, render_edition
from tests.editions.factory import sample_backstory

CHROMIUM = "/usr/bin/chromium"
OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "editions"
DAY = datetime(2024, 12, 9, 8, 0, tzinfo=UTC)


def _edition() -> tuple[str, str]:
    long_word = "Aleppo" * 20  # an unbroken word must wrap, not widen the page
    stories = [
        StoryView(n, f"Rebels reach Hama, day {n}: {long_word if n == 2 else 'fighting'}",
                  f"https://levantwire.test/{n}/{'x' * 120}",
                  "HTS-led rebels advanced south from Aleppo. Government forces withdrew.", DAY,
                  sources=tuple(Source(f"Outlet {i}", f"https://o{i}.test/{n}") for i in range(6)))
        for n in range(14)
    ] + [StoryView(99, "Analysis: what Hama means", "https://globaldesk.test/analysis/hama",
                   "The army is thin.", DAY, kind="analysis",
                   sources=(Source("Global Desk", "https://globaldesk.test/analysis/hama"),))]
    rendered = render_edition(compose("Syria Digest", stories, sample_backstory(), date=DAY),
                              Footer("Digest, 1 Example Street", "You subscribed.",
                                     "https://digest.test/editions/syria/2024-12-09"))
    return preview_bodies(rendered.html, rendered.text, "https://digest.test")


@pytest.mark.browser
def test_the_preview_fits_phone_and_desktop_widths_in_chromium() -> None:
    from playwright.sync_api import sync_playwright

    assert shutil.which(CHROMIUM), "install it: apt-get install -y chromium"
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page_path = OUTPUT / "preview.html"
    write_preview(page_path, *_edition())
    server = make_server(page_path)
    serve_in_background(server)
    port = server.server_address[1]
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync"])
            try:
                for width in (375, 1024):
                    page = browser.new_page(viewport={"width": width, "height": 800})
                    page.goto(f"http://127.0.0.1:{port}/")
                    overflow = page.evaluate(
                        "() => [document.documentElement.scrollWidth, window.innerWidth]")
                    card = page.evaluate(
                        "() => document.querySelector('.card').getBoundingClientRect().width")
                    shot = OUTPUT / f"edition-{width}.png"
                    page.screenshot(path=str(shot), full_page=True)
                    print(f"screenshot: {shot}")
                    assert overflow[0] <= overflow[1], f"{width}px: scrolls to {overflow[0]}px"
                    assert card <= 600
                    assert page.get_by_text("What's going on now:").is_visible()
                    page.close()
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
