"""What an edition was composed from, kept on the Edition row for renders made later.

Readers who chose some of a list's topics get a render with only those topics' stories
(digest.editions.topics). That render is made when the edition is sent, which can be hours
after the build; by then stories have moved on (new reports joined, new stories arrived).
The snapshot holds exactly what the build composed from: the news and analysis views, the
earlier developments the backstory draws on, the build time, the base recap window and
the footer. A render from it says what the edition said, minus other topics, and reads
nothing else from the database.

Stored as JSON in `Edition.content` (None for skipped editions and for editions built
before snapshots existed).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from digest.editions.compose import Recap, Source, StoryView
from digest.editions.recaps import Development, recap_lines
from digest.editions.render import Footer
from digest.editions.variants import CONTEXT, WINDOWS

VERSION = 1  # bump when the JSON shape changes; older snapshots then read as absent


@dataclass(frozen=True)
class EditionSnapshot:
    list_name: str
    now: datetime  # the build time: recap windows are counted back from it
    base_days: int | None  # recap window of the base render (a first edition recaps a week)
    views: tuple[StoryView, ...]  # the news and analysis the edition carries, in build order
    developments: tuple[Development, ...]  # the pool the backstory is chosen from
    footer: Footer

    @property
    def story_topics(self) -> frozenset[str]:
        """Topics with at least one news or analysis story in the edition."""
        return frozenset(v.topic for v in self.views)

    @property
    def topics(self) -> frozenset[str]:
        """Every topic the edition draws on, backstory included."""
        return self.story_topics | {d.topic for d in self.developments}

    def views_on(self, topics: Collection[str] | None) -> list[StoryView]:
        """The stories on `topics` (None: all of them)."""
        return [v for v in self.views if topics is None or v.topic in topics]

    def recaps(self, window: str, topics: Collection[str] | None = None) -> list[Recap]:
        """The backstory of the `window` render with only `topics` (None: all of them),
        chosen exactly as build_edition chooses it."""
        days = self.base_days if window == CONTEXT else WINDOWS[window]
        lines = {v.storyline for v in self.views_on(topics) if v.storyline}
        pool = [d for d in self.developments if topics is None or d.topic in topics]
        return recap_lines(pool, lines, now=self.now, days=days)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": VERSION, "list_name": self.list_name, "now": self.now.isoformat(),
            "base_days": self.base_days, "footer": asdict(self.footer),
            "views": [_view_json(v) for v in self.views],
            "developments": [asdict(d) | {"date": d.date.isoformat()}
                             for d in self.developments],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> EditionSnapshot | None:
        """The snapshot stored as `data`; None when there is none (or of an older shape)."""
        if not data or data.get("version") != VERSION:
            return None
        return cls(
            list_name=data["list_name"], now=datetime.fromisoformat(data["now"]),
            base_days=data["base_days"], footer=Footer(**data["footer"]),
            views=tuple(_view(v) for v in data["views"]),
            developments=tuple(
                Development(**(d | {"date": datetime.fromisoformat(d["date"])}))
                for d in data["developments"]),
        )


def _view_json(view: StoryView) -> dict[str, Any]:
    return asdict(view) | {"published": view.published.isoformat()}


def _view(data: dict[str, Any]) -> StoryView:
    return StoryView(**(data | {
        "published": datetime.fromisoformat(data["published"]),
        "sources": tuple(Source(**s) for s in data["sources"]),
    }))
