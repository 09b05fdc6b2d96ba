"""Editions are checked artifacts: golden .eml with volatile headers normalised."""

import os
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from digest.delivery.transports.base import Message, Recipient
from digest.delivery.transports.mime import build_email
from digest.editions.compose import EditionContent, Source, StoryView, compose, summarise
from digest.editions.render import (
    HTML_BUDGET,
    NAME,
    PREFERENCES_URL,
    UNSUBSCRIBE_URL,
    Footer,
    render_edition,
    render_html,
)
from tests.editions.factory import sample_backstory

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
    return compose("Syria Digest", stories, sample_backstory(), date=DAY)


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


def _long_content(stories: int = 40) -> EditionContent:
    summary = "The offensive continued through the night with heavy fighting reported. " * 6
    views = [
        StoryView(n, f"Story number {n} about the front", f"https://a.test/{n}", summary, DAY,
                  sources=tuple(Source(f"Outlet {i}", f"https://o{i}.test/{n}/long/path/to/article")
                                for i in range(25)))
        for n in range(stories)
    ]
    content = compose("Syria Digest", views, [], date=DAY)
    # Every story in full, as a list with many long stories would be.
    return replace(content, going_on_now=[replace(s, brief=False) for s in content.going_on_now])


def test_a_long_edition_is_cut_to_headlines_to_stay_under_the_gmail_clip() -> None:
    footer = Footer("Addr", "Why", "https://digest.test/e/1")
    content = _long_content()
    full = render_html(content, footer)
    assert len(full.encode()) > HTML_BUDGET
    rendered = render_edition(content, footer)
    assert len(rendered.html.encode()) <= HTML_BUDGET
    assert rendered.stories_cut > 0
    assert "Story number 39 about the front" in rendered.html  # still there, as a headline
    assert UNSUBSCRIBE_URL in rendered.html and "Addr" in rendered.html


def test_when_headlines_are_not_enough_the_rest_is_left_to_the_web() -> None:
    footer = Footer("Addr", "Why", "https://digest.test/e/1")
    rendered = render_edition(_long_content(), footer, budget=12_000)
    assert len(rendered.html.encode()) <= 12_000
    assert "Read the rest on the web" in rendered.html
    assert "Read the rest on the web" in rendered.text
    assert "https://digest.test/e/1" in rendered.text


def test_the_html_is_shaped_for_mail_clients() -> None:
    _subject, html, _text = _render()
    assert 'name="viewport"' in html and "prefers-color-scheme: dark" in html
    assert 'role="presentation"' in html and "<!--[if mso]>" in html
    assert "View in your browser" in html and "https://digest.test/archive" in html
    assert "<link" not in html  # no remote stylesheet


def test_a_backstory_too_long_for_the_budget_stays_only_with_stories_shown_in_full() -> None:
    # 40 stories in today's news, each with five long sentences and three explainers: the
    # section alone is over the budget. The edition still fits, and every paragraph it keeps
    # belongs to a story it shows in full (the same in the plain text).
    footer = Footer("Addr", "Why", "https://digest.test/e/1")
    content = _long_content()
    one = sample_backstory()[0]
    long_lines = tuple(replace(line, text=line.text + " " + "More detail follows. " * 10)
                       for line in one.so_far) * 3
    backstory = [replace(one, story=str(s.story_id), title=f"Backstory of {s.story_id}",
                         so_far=long_lines[:5], who=one.who * 3)
                 for s in content.going_on_now]
    heavy = replace(content, up_to_speed=backstory)
    assert len(render_html(heavy, footer).encode()) > 2 * HTML_BUDGET
    rendered = render_edition(heavy, footer)
    assert len(rendered.html.encode()) <= HTML_BUDGET
    told = {int(n) for n in re.findall(r"Backstory of (\d+)", rendered.html)}
    assert told and told == {int(n) for n in re.findall(r"Backstory of (\d+)", rendered.text)}
    assert len(told) < len(backstory)
