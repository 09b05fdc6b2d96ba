"""Pure composition of an edition from stories: what goes in which section."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'\u201c])")
SUBJECT_MAX = 90


@dataclass(frozen=True)
class Source:
    name: str
    link: str


@dataclass(frozen=True)
class StoryView:
    """A story as the edition shows it: lead item, summary and every source."""

    story_id: int
    title: str
    link: str
    summary: str
    published: datetime
    kind: str = "news"
    sources: tuple[Source, ...] = ()
    storyline: str = ""


@dataclass(frozen=True)
class Recap:
    """One dated line of backstory."""

    date: datetime
    title: str
    link: str
    source: str = ""


@dataclass(frozen=True)
class EditionContent:
    list_name: str
    date: datetime
    headline: str
    preheader: str
    up_to_speed: list[Recap] = field(default_factory=list)
    going_on_now: list[StoryView] = field(default_factory=list)
    digging_deep: list[StoryView] = field(default_factory=list)

    @property
    def story_ids(self) -> list[int]:
        return [s.story_id for s in self.going_on_now + self.digging_deep]

    @property
    def is_empty(self) -> bool:
        return not self.going_on_now and not self.digging_deep


def summarise(text: str, *, sentences: int = 2, limit: int = 320) -> str:
    """The lead sentences of a text, cut on a word boundary under `limit` characters."""
    text = " ".join(text.split())
    parts = _SENTENCE.split(text)
    summary = " ".join(parts[:sentences])
    if len(summary) <= limit:
        return summary
    cut = summary[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "\u2026"


def one_line(text: str, limit: int) -> str:
    """A single line without control characters, shortened on a word boundary."""
    text = " ".join(text.replace("\r", " ").replace("\n", " ").split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:-") + "\u2026"


def compose(
    list_name: str, stories: list[StoryView], backstory: list[Recap], *, date: datetime
) -> EditionContent:
    """Split stories into the sections; the lead is the newest story with the most sources."""
    news = sorted(
        (s for s in stories if s.kind != "analysis"),
        key=lambda s: (len(s.sources), s.published), reverse=True,
    )
    analysis = sorted((s for s in stories if s.kind == "analysis"),
                      key=lambda s: s.published, reverse=True)
    lead = (news or analysis or [None])[0]
    headline = one_line(lead.title, SUBJECT_MAX) if lead else f"{list_name}: nothing new"
    others = len(news) + len(analysis) - 1
    preheader = one_line(
        (lead.summary if lead else "") or headline, 140
    ) if not others else one_line(f"Plus {others} more: " + "; ".join(
        s.title for s in (news + analysis)[1:4]), 140)
    recap_order = sorted(backstory, key=lambda r: r.date)
    return EditionContent(
        list_name=list_name, date=date, headline=headline, preheader=preheader,
        up_to_speed=recap_order, going_on_now=news, digging_deep=analysis,
    )
