"""Editions built from stored fixture items: sections, no repeats, skips, updates, variants."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.audience.lists import create_list
from digest.config import Settings
from digest.editions.build import build_edition, edition_body
from digest.models import Edition, EditionStatus, MailingList
from digest.models.editions import EditionVariant
from digest.runtime import Runtime
from digest.stories.store import group_stories
from tests.editions.factory import DATA, add_items, fixture_items

ROWS = fixture_items()
LATER = fixture_items("later.jsonl")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _first_edition(session: Session, settings: Settings) -> tuple[MailingList, Edition]:
    add_items(session, list(ROWS.values()))
    group_stories(session, "syria", now=_at("2024-12-05T19:00"))
    mailing_list = create_list(session, "Syria Digest")
    return mailing_list, build_edition(session, mailing_list, "2024-12-05", settings,
                                       now=_at("2024-12-05T20:00"))


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    ends = [text.find(h, start + 1) for h in ("WHAT'S GOING ON NOW", "DIGGING REAL DEEP", "\n--\n")]
    return text[start:min(e for e in ends if e > start)]


def test_a_first_edition_tells_the_backstory_then_the_news(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        _list, edition = _first_edition(session, rt.settings)
        assert edition.status == EditionStatus.READY
        recap = _section(edition.text, "LET'S BRING YOU UP TO SPEED")
        now = _section(edition.text, "WHAT'S GOING ON NOW")
        deep = _section(edition.text, "DIGGING REAL DEEP")
        # The backstory quotes the earlier report's sentence, dated, not its headline.
        assert "took control of most of Aleppo" in recap and "(Levant Wire:" in recap
        assert "Aleppo falls to HTS rebels" not in recap
        assert "- HTS: Hayat Tahrir al-Sham" in recap  # who's who for a newcomer
        assert "Hama" in now and "Aleppo falls" not in now
        assert "Analysis: what the fall of Aleppo and Hama means for Assad" in deep
        # The story told by three outlets leads and names the subject.
        assert "Hama" in edition.subject and "\n" not in edition.subject
        assert "Reported by" in edition.html and "Orient Ledger" in edition.html


def test_nothing_new_skips_the_send_and_says_why(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        mailing_list, first = _first_edition(session, rt.settings)
        group_stories(session, "syria", now=_at("2024-12-06T07:00"))
        second = build_edition(session, mailing_list, "2024-12-06", rt.settings,
                               now=_at("2024-12-06T08:00"))
        assert second.id != first.id
        assert second.status == EditionStatus.SKIPPED
        assert second.skip_reason.startswith("no new stories since")
        assert "no new developments" in second.skip_reason
        assert second.html == "" and second.story_ids == []
        again = build_edition(session, mailing_list, "2024-12-06", rt.settings,
                              now=_at("2024-12-06T09:00"))
        assert again.id == second.id


def _edition_with_an_update(session: Session, settings: Settings) -> tuple[Edition, Edition]:
    mailing_list, first = _first_edition(session, settings)
    add_items(session, [LATER["gd-5"]], fetched_at=_at("2024-12-06T09:30"))
    group_stories(session, "syria", now=_at("2024-12-06T10:00"))
    return first, build_edition(session, mailing_list, "2024-12-07", settings,
                                now=_at("2024-12-07T08:00"))


def test_a_sent_story_returns_only_with_new_developments(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        first, second = _edition_with_an_update(session, rt.settings)
        now = _section(second.text, "WHAT'S GOING ON NOW")
        assert "UPDATE: Rebels tighten grip on Hama as residents return" in now
        assert "Earthquake drill" not in now  # sent on the 5th, nothing new since
        assert "DIGGING REAL DEEP" not in second.text
        hama = set(first.story_ids) & set(second.story_ids)
        assert len(second.story_ids) == 1 and len(hama) == 1


def test_readers_who_missed_editions_get_a_longer_backstory(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        _first, edition = _edition_with_an_update(session, rt.settings)
        keys = set(session.scalars(
            select(EditionVariant.key).where(EditionVariant.edition_id == edition.id)))
        assert keys == {"7d"}  # a month away needs the same thread's story as a week away
        context, _ = edition_body(session, edition, "context")
        week_html, week = edition_body(session, edition, "7d")
        month_html, month = edition_body(session, edition, "30d")
        assert month == week
        for text in (context, week_html):
            assert "took control of most of Aleppo" in text  # what the Hama news needs
            assert "Earthquake drill" not in text  # another thread is never told
        # The daily reader was told who HTS are in the last edition; a newcomer is told.
        assert "- HTS:" in week and "- HTS:" not in context
        # The news is the same in every variant.
        assert _section(week, "WHAT'S GOING ON NOW") == _section(month, "WHAT'S GOING ON NOW")


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]


def test_hostile_item_content_never_reaches_the_email(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        mailing_list = create_list(session, "Hostile")
        add_items(session, [LATER["bad-1"]])
        group_stories(session, "syria", now=_at("2024-12-06T11:00"))
        edition = build_edition(session, mailing_list, "2024-12-06", rt.settings,
                                now=_at("2024-12-06T12:00"))
        assert edition.status == EditionStatus.READY
        assert "\r" not in edition.subject and "\n" not in edition.subject
        assert edition.subject.startswith("Breaking Bcc: victim@example.org")
        markup = _Markup()
        markup.feed(edition.html)
        assert "script" not in markup.tags and "img" not in markup.tags
        assert not [name for name, _ in markup.attributes if name.startswith("on")]
        links = [value for name, value in markup.attributes if name in ("href", "src")]
        assert links and all(v.startswith(("https://", "-")) for v in links)
        assert "javascript:" not in edition.text.lower().replace("javascript:alert(2)", "")
        assert "alert(document.cookie)" not in edition.html + edition.text


def _normalise(body: str, settings: Settings) -> str:
    return re.sub(r"\d{4}-\d{2}-\d{2}(?=\b)", "<slot>", body.replace(settings.base_url, "<base>"))


def test_the_built_edition_matches_the_golden_files(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        _first, edition = _edition_with_an_update(session, rt.settings)
        week_html, week_text = edition_body(session, edition, "7d")
    for suffix, body in (("html", week_html), ("txt", week_text)):
        golden = DATA / f"built-7d.{suffix}"
        produced = _normalise(body, rt.settings)
        if os.environ.get("DIGEST_TEST_UPDATE_GOLDEN"):
            golden.write_text(produced, encoding="utf-8")
        assert produced == Path(golden).read_text(encoding="utf-8"), golden
