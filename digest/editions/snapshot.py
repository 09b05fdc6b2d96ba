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
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any

from digest.editions.backstory import DAILY_READER, NEW_READER, Development, Report
from digest.editions.catchup import Backstory, tell
from digest.editions.compose import Source, StoryView, news_order
from digest.editions.render import Footer
from digest.editions.variants import CONTEXT, WINDOWS
from digest.scheduling.schedule import zone
from digest.tagging.explainers import Explainer

VERSION = 2  # bump when the JSON shape changes; older snapshots then read as absent


@dataclass(frozen=True)
class EditionSnapshot:
    list_name: str
    now: datetime  # the build time: the backstory is dated from it
    base_days: int | None  # recap window of the base render (a first edition recaps a week)
    views: tuple[StoryView, ...]  # the news and analysis the edition carries, in build order
    developments: tuple[Development, ...]  # earlier stories the backstory may tell
    footer: Footer
    today: tuple[Development, ...] = ()  # the news stories' reports (key = str(story_id))
    threads: dict[str, tuple[str, ...]] = field(default_factory=dict)  # today -> earlier keys
    explainers: tuple[Explainer, ...] = ()  # who's who the stories call for
    explained: tuple[str, ...] = ()  # explainers daily readers were shown in recent editions
    zone: str = "UTC"  # the list's time zone: "Yesterday" and "On Tuesday" are its days

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

    def backstory(self, window: str, topics: Collection[str] | None = None) -> list[Backstory]:
        """The backstory of the `window` render with only `topics` (None: all of them),
        chosen exactly as build_edition chooses it: a reader who had the previous edition
        ("context") gets DAILY_READER sentences a story and only explainers not shown in
        recent editions; a catch-up window gets NEW_READER sentences and every explainer."""
        days = self.base_days if window == CONTEXT else WINDOWS[window]
        by_key = {d.key: d for d in self.today}
        views = [v for v in news_order(self.views_on(topics)) if str(v.story_id) in by_key]
        earlier = [d for d in self.developments if topics is None or d.topic in topics]
        told = tell(
            [by_key[str(v.story_id)] for v in views], earlier,
            lambda today, other: other in self.threads.get(today, ()), self.explainers,
            now=self.now.astimezone(zone(self.zone)),
            lines=DAILY_READER if days is None else NEW_READER,
            explained=self.explained if days is None else ())
        titles = {str(v.story_id): v.title for v in views}
        return [replace(b, title=titles[b.story]) for b in told]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": VERSION, "list_name": self.list_name, "now": self.now.isoformat(),
            "base_days": self.base_days, "footer": asdict(self.footer),
            "views": [_view_json(v) for v in self.views],
            "developments": [_development_json(d) for d in self.developments],
            "today": [_development_json(d) for d in self.today],
            "threads": {key: list(keys) for key, keys in self.threads.items()},
            "explainers": [asdict(e) for e in self.explainers],
            "explained": list(self.explained), "zone": self.zone,
            "shown": sorted({w.key for b in self.backstory(CONTEXT) for w in b.who}),
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
            developments=tuple(_development(d) for d in data["developments"]),
            today=tuple(_development(d) for d in data["today"]),
            threads={key: tuple(keys) for key, keys in data["threads"].items()},
            explainers=tuple(Explainer(e["name"], e["text"], tuple(e["match"]))
                             for e in data["explainers"]),
            explained=tuple(data["explained"]),
            zone=data.get("zone", "UTC"),  # snapshots stored before lists' zones counted
        )


def shown_in(data: dict[str, Any] | None) -> list[str]:
    """The explainers a stored edition showed its daily readers (none for older shapes)."""
    if not data or data.get("version") != VERSION:
        return []
    return list(data.get("shown", []))


def _development_json(development: Development) -> dict[str, Any]:
    return asdict(development) | {"reports": [
        asdict(r) | {"published": r.published.isoformat()} for r in development.reports]}


def _development(data: dict[str, Any]) -> Development:
    return Development(**(data | {"reports": tuple(
        Report(**(r | {"published": datetime.fromisoformat(r["published"])}))
        for r in data["reports"])}))


def _view_json(view: StoryView) -> dict[str, Any]:
    return asdict(view) | {"published": view.published.isoformat()}


def _view(data: dict[str, Any]) -> StoryView:
    return StoryView(**(data | {
        "published": datetime.fromisoformat(data["published"]),
        "sources": tuple(Source(**s) for s in data["sources"]),
    }))
