"""Topic tagging: item (title + summary) -> tags with a score and a readable reason.

Public interface:
  * `load_topic(name_or_path)` - a built-in topic by name (TOML shipped in
    digest/tagging/topics/) or an admin's TOML file; ValueError names file and problem.
  * `builtin_topic_names()` - names of the shipped topics.
  * `tag_item(topic, title, summary)` - a `Tag` when the item is about the topic, else None.
  * `assess(topic, title, summary)` - the full verdict, also for untagged items.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from digest.tagging.scoring import Assessment, assess
from digest.tagging.topic import Topic
from digest.tagging.topic_file import read_topic_file

__all__ = ["Assessment", "Tag", "Topic", "assess", "builtin_topic_names", "load_topic", "tag_item"]

_TOPICS_PACKAGE = "digest.tagging.topics"


@dataclass(frozen=True)
class Tag:
    """A topic attached to an item: score in [0, 1] and a sentence explaining it."""

    topic: str
    score: float
    why: str


def builtin_topic_names() -> list[str]:
    """Names of the topics shipped with the package, sorted."""
    folder = resources.files(_TOPICS_PACKAGE)
    return sorted(
        entry.name.removesuffix(".toml") for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )


@lru_cache(maxsize=32)
def _load_builtin(name: str) -> Topic:
    with resources.as_file(resources.files(_TOPICS_PACKAGE) / f"{name}.toml") as path:
        return Topic(read_topic_file(path))


def load_topic(name_or_path: str) -> Topic:
    """A compiled topic from a built-in name ("syria") or a path to a TOML file.

    Raises ValueError naming the file and the problem when the file is missing or invalid,
    or listing the built-in names when a bare name is unknown.
    """
    looks_like_path = name_or_path.endswith(".toml") or "/" in name_or_path or "\\" in name_or_path
    if not looks_like_path:
        if name_or_path in builtin_topic_names():
            return _load_builtin(name_or_path)
        known = ", ".join(builtin_topic_names())
        raise ValueError(f"unknown topic {name_or_path!r}; built-in topics: {known}")
    return Topic(read_topic_file(Path(name_or_path)))


def tag_item(topic: Topic, title: str, summary: str) -> Tag | None:
    """The topic's tag for this item, or None when the item is not about the topic."""
    verdict = assess(topic, title or "", summary or "")
    if not verdict.tagged:
        return None
    return Tag(verdict.topic, verdict.score, verdict.why)
