"""Editions are checked artifacts: golden .eml with volatile headers normalised."""

import os
import re
from datetime import UTC, datetime
from pathlib import Path

from digest.delivery.transports.base import Message, Recipient
from digest.delivery.transports.mime import build_email
from digest.editions.compose import Recap, Source, StoryView, compose, summarise
from digest.editions.render import NAME, PREFERENCES_URL, UNSUBSCRIBE_URL, Footer, render_edition

GOLDEN = Path(__file__).parent.parent / "data" / "editions" / "edition.eml"
DAY = datetime(2024, 12, 9, 8, 0, tzinfo=UTC)


def _content() -> object:
    stories = [
        StoryView(1, "Syria's interim government names a cabinet", "https://a.test/cabinet",
                  summarise("Ahmed al-Sharaa named 23 ministers. The line-up includes a Kurd. "
                            "Critics object."), DAY,
                  sources=(Source("Levant Wire", "https://a.test/cabinet"),
                           Source("Global Desk", "https://b.test/lineup")), storyline="l-1"),
        StoryView(2, "Analysis: what the cabinet tells us", "https://c.test/analysis/x",
                  "Security ministries stay with HTS figures.", DAY, kind="analysis",
                  sources=(Source("Orient Ledger", "https://c.test/analysis/x"),)),
        StoryView(3, "Evil <script>alert(1)</script> title", "https://d.test/x",
                  "<img src=x onerror=alert(1)>", DAY,
                  sources=(Source("Bad", "https://d.test/x"),)),
    ]
    backstory = [Recap(datetime(2024, 11, 30, tzinfo=UTC), "Rebels seize Aleppo",
                       "https://a.test/aleppo", "Levant Wire")]
    return compose("Syria Digest", stories, backstory, date=DAY)


def _render() -> tuple[str, str, str]:
    footer = Footer("Digest, 1 Example Street", "You subscribed to Syria Digest.",
                    "https://digest.test/archive")
    rendered = render_edition(_content(), footer)  # type: ignore[arg-type]
    return rendered.subject, rendered.html, rendered.text


def test_the_edition_has_the_three_sections_in_order() -> None:
    _subject, html, text = _render()
    order = ["LET'S BRING YOU UP TO SPEED", "WHAT'S GOING ON NOW", "DIGGING REAL DEEP"]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert html.index("bring you up to speed") < html.index("going on now") < html.index(
        "Digging real deep")


def test_the_subject_comes_from_the_lead_story() -> None:
    subject, _html, _text = _render()
    assert subject == "Syria's interim government names a cabinet"


def test_hostile_item_text_is_escaped_in_html() -> None:
    _subject, html, _text = _render()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html
    assert "&lt;script&gt;" in html


def test_css_is_inlined_and_the_footer_carries_unsubscribe_and_address() -> None:
    _subject, html, text = _render()
    assert 'style="' in html and "max-width: 600px" in html
    for part in (html, text):
        assert UNSUBSCRIBE_URL in part and PREFERENCES_URL in part
        assert "Digest, 1 Example Street" in part


def _normalise(raw: str) -> str:
    raw = re.sub(r"^Date: .*$", "Date: <date>", raw, flags=re.M)
    raw = re.sub(r"^Message-ID: .*$", "Message-ID: <id>", raw, flags=re.M)
    return re.sub(r"={15}\d+==", "=<boundary>==", raw)


def test_the_email_matches_the_golden_file() -> None:
    subject, html, text = _render()
    message = Message(edition_id=7, subject=subject, html=html, text=text,
                      from_email="digest@example.org", from_name="Syria Digest",
                      list_id="Syria Digest <syria-digest.example.org>")
    recipient = Recipient(
        delivery_id=42, subscriber_id=3, email="rana@example.org", name="Rana",
        substitutions={UNSUBSCRIBE_URL: "https://digest.test/unsubscribe/TOKEN",
                       PREFERENCES_URL: "https://digest.test/preferences/TOKEN", NAME: "Rana"},
        unsubscribe_url="https://digest.test/unsubscribe/TOKEN",
        unsubscribe_mailto="mailto:digest@example.org?subject=unsubscribe",
    )
    produced = _normalise(build_email(message, recipient).as_string())
    if os.environ.get("DIGEST_TEST_UPDATE_GOLDEN"):
        GOLDEN.write_text(produced)
    assert produced == GOLDEN.read_text()
