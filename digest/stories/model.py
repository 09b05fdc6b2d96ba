"""The values stories work on: an item to cluster and the keys assigned to it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Kind = Literal["news", "analysis"]


@dataclass(frozen=True)
class StoryItem:
    """One tagged feed item. `published` must be timezone-aware (UTC is what callers pass)."""

    id: str
    title: str
    summary: str
    link: str
    source: str
    published: datetime
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Assignment:
    """Where one item landed: its story key, storyline key and kind."""

    id: str
    story: str
    storyline: str
    kind: Kind
