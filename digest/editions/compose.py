"""Pure composition of an edition from stories: what goes in which section, in which order.

Everything that reaches a template passes through here, so this is where feed text is made
safe for an email: titles become one line (no CR/LF), links keep only http(s) URLs, and
summaries are the lead sentences of the item's plain text. HTML escaping is the template's
job (Jinja2 autoescape); this module never builds markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from urllib.parse import urlsplit

from digest.editions.catchup import Backstory
from digest.editions.sentences import sentence_parts

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
SUBJECT_MAX = 90
PREHEADER_MAX = 140
MAX_NEWS = 40
FULL_NEWS = 10  # later news shows as headlines: a daily read takes about two minutes
MAX_ANALYSIS = 6


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
    update: bool = False  # sent before; back because new reports joined
    brief: bool = False  # shown as a headline only (the HTML size budget ran short)
    topic: str = ""  # the story's topic: readers who chose topics get only theirs


@dataclass(frozen=True)
class EditionContent:
    list_name: str
    date: datetime
    headline: str
    preheader: str
    up_to_speed: list[Backstory] = field(default_factory=list)  # per story, in news order
    going_on_now: list[StoryView] = field(default_factory=list)
    digging_deep: list[StoryView] = field(default_factory=list)
    more_on_web: int = 0  # stories left out of the email, counted for "read the rest"

    @property
    def story_ids(self) -> list[int]:
        return [s.story_id for s in self.going_on_now + self.digging_deep]

    @property
    def is_empty(self) -> bool:
        return not self.going_on_now and not self.digging_deep

    @property
    def story_count(self) -> int:
        return len(self.going_on_now) + len(self.digging_deep) + self.more_on_web


def summarise(text: str, *, sentences: int = 2, limit: int = 320) -> str:
    """The lead sentences of a text, cut on a word boundary under `limit` characters."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    parts = sentence_parts(text)
    summary = " ".join(parts[:sentences])
    if len(summary) <= limit:
        return summary
    cut = summary[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "\u2026"


def one_line(text: str, limit: int) -> str:
    """A single line without control characters, shortened on a word boundary."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:-") + "\u2026"


def safe_link(url: str) -> str:
    """`url` when it is an absolute http(s) URL without spaces or control characters, else ""."""
    url = url.strip()
    if not url or _CONTROL.search(url) or " " in url or '"' in url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def clean_view(view: StoryView) -> StoryView:
    """The view with one-line title, safe links and a one-line summary."""
    return replace(
        view, title=one_line(view.title, 200) or "(untitled)", link=safe_link(view.link),
        summary=one_line(view.summary, 400),
        sources=tuple(Source(one_line(s.name, 80), safe_link(s.link)) for s in view.sources),
    )


def clean_backstory(backstory: Backstory) -> Backstory:
    """The backstory with one-line texts and safe links."""
    return replace(
        backstory, title=one_line(backstory.title, 200) or "(untitled)",
        so_far=tuple(replace(line, text=one_line(line.text, 400), link=safe_link(line.link),
                             source=one_line(line.source, 80)) for line in backstory.so_far),
        who=tuple(replace(who, name=one_line(who.name, 80), text=one_line(who.text, 400))
                  for who in backstory.who),
    )


def _prominence(story: StoryView) -> tuple[int, datetime, str]:
    # More outlets carrying it means a bigger story; among equals the newest leads; the
    # title breaks what is left, so the same stories always come out in the same order
    # (the database returns ties in any order, and who's who follows story order).
    return (len(story.sources), story.published, story.title)


def news_order(stories: list[StoryView]) -> list[StoryView]:
    """The news stories in the order the edition shows them (most sources first)."""
    return sorted((s for s in stories if s.kind != "analysis"), key=_prominence, reverse=True)


def compose(
    list_name: str, stories: list[StoryView], backstory: list[Backstory], *, date: datetime
) -> EditionContent:
    """Split stories into the sections; the lead is the news story with the most sources.

    News goes to "What's going on now" (most sources first), analysis to "Digging real deep"
    (newest first), the backstory to "Let's bring you up to speed" (one paragraph per story
    in today's news, in news order; digest.editions.catchup). Stories beyond MAX_NEWS /
    MAX_ANALYSIS are counted in `more_on_web`. The headline and subject come from the lead.
    """
    clean = [clean_view(s) for s in stories]
    news = news_order(clean)
    analysis = sorted((s for s in clean if s.kind == "analysis"),
                      key=lambda s: (s.published, s.title), reverse=True)
    left_out = max(0, len(news) - MAX_NEWS) + max(0, len(analysis) - MAX_ANALYSIS)
    news = [replace(s, brief=n >= FULL_NEWS) for n, s in enumerate(news[:MAX_NEWS])]
    analysis = analysis[:MAX_ANALYSIS]
    ordered = news + analysis
    lead = ordered[0] if ordered else None
    headline = one_line(lead.title, SUBJECT_MAX) if lead else f"{list_name}: nothing new"
    if len(ordered) > 1:
        preheader = one_line(f"Also: {'; '.join(s.title for s in ordered[1:4])}", PREHEADER_MAX)
    else:
        preheader = one_line((lead.summary if lead else "") or headline, PREHEADER_MAX)
    return EditionContent(
        list_name=one_line(list_name, 100), date=date, headline=headline, preheader=preheader,
        up_to_speed=[clean_backstory(b) for b in backstory],
        going_on_now=news, digging_deep=analysis, more_on_web=left_out,
    )


def shorten(content: EditionContent, full: int, shown: int) -> EditionContent:
    """The content with no story past the first `full` in full (later ones as headlines), and
    stories past `shown` left to the web version (counted in `more_on_web`).

    Stories count in reading order: "What's going on now" first, then "Digging real deep".
    A shortened edition keeps "Let's bring you up to speed" only for the stories it still shows
    in full: the backstory goes with its story, so an edition whose backstory alone would
    outgrow the budget still fits (a story cut to a headline loses its paragraph first).
    """
    ordered = content.going_on_now + content.digging_deep
    kept = [replace(s, brief=s.brief or index >= full) for index, s in enumerate(ordered[:shown])]
    news = len([s for s in kept if s.kind != "analysis"])
    in_full = {str(s.story_id) for s in kept if not s.brief}
    return replace(
        content, going_on_now=kept[:news], digging_deep=kept[news:],
        more_on_web=content.more_on_web + max(0, len(ordered) - shown),
        up_to_speed=[b for b in content.up_to_speed if b.story in in_full],
    )
