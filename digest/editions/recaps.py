"""Pure choice of backstory lines ("Let's bring you up to speed") for one recap window.

Input: the earlier developments (stories the edition does not carry as news now) with their
storyline, and the storylines in the news now. Output: dated recap lines, oldest first.

- The "context" window (a reader who had the previous edition) gets only what the news
  needs: the latest earlier development of each storyline in the news now, no older than
  CONTEXT_REACH, at most MAX_CONTEXT lines.
- A catch-up window of N days (a new subscriber, or a reader who missed editions) gets
  every development of the last N days, threads in the news first, then the most widely
  reported, at most MAX_CATCH_UP lines; the context lines are always among them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from digest.editions.compose import Recap

CONTEXT_REACH = timedelta(days=30)
MAX_CONTEXT = 5
MAX_CATCH_UP = 12


@dataclass(frozen=True)
class Development:
    """An earlier story, as the backstory may tell it."""

    story_id: int
    storyline: str
    date: datetime  # first reported
    title: str
    link: str
    source: str = ""
    outlets: int = 1  # how many outlets carried it: a rough weight of importance
    topic: str = ""  # readers who chose topics get only the backstory on theirs

    def recap(self) -> Recap:
        return Recap(date=self.date, title=self.title, link=self.link, source=self.source)


def context_lines(
    developments: Iterable[Development], current_lines: set[str], *, now: datetime
) -> list[Development]:
    """The latest development of each storyline in the news now (within CONTEXT_REACH)."""
    latest: dict[str, Development] = {}
    for d in developments:
        if d.storyline in current_lines and d.date >= now - CONTEXT_REACH:
            best = latest.get(d.storyline)
            if best is None or (d.date, d.story_id) > (best.date, best.story_id):
                latest[d.storyline] = d
    chosen = sorted(latest.values(), key=lambda d: (d.date, d.story_id), reverse=True)
    return chosen[:MAX_CONTEXT]


def recap_lines(
    developments: Iterable[Development], current_lines: set[str], *, now: datetime,
    days: int | None,
) -> list[Recap]:
    """Backstory for a window of `days` (None: the "context" window), oldest first."""
    pool = list(developments)
    context = context_lines(pool, current_lines, now=now)
    if days is None:
        chosen = context
    else:
        start = now - timedelta(days=days)
        extra = sorted(
            (d for d in pool if d.date >= start and d not in context),
            key=lambda d: (d.storyline in current_lines, d.outlets, d.date, d.story_id),
            reverse=True,
        )
        chosen = context + extra[: max(0, MAX_CATCH_UP - len(context))]
    chosen.sort(key=lambda d: (d.date, d.story_id))
    return [d.recap() for d in chosen]
