"""JSON lines in, StoryItems out: the only place that deals with malformed input."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from digest.limits import SUMMARY_CHARS, TITLE_CHARS, shorten
from digest.stories.model import StoryItem


class BadLine(ValueError):
    """A line that cannot become a StoryItem; the message says why."""


@dataclass(frozen=True)
class LineProblem:
    number: int  # 1-based line number in the input
    reason: str


def parse_published(value: object) -> datetime:
    """ISO 8601 text to an aware UTC datetime; a value without offset is taken as UTC."""
    if not isinstance(value, str) or not value.strip():
        raise BadLine("'published' must be an ISO 8601 string")
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise BadLine(f"'published' is not ISO 8601: {value!r}") from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _text(record: dict[str, object], field: str) -> str:
    value = record.get(field)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadLine(f"{field!r} must be a string")
    return value


def parse_line(line: str) -> StoryItem:
    """One JSON object with id, title, summary, link, source, published (categories optional)."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise BadLine(f"not JSON: {error.msg}") from error
    if not isinstance(record, dict):
        raise BadLine("expected a JSON object")
    identifier = record.get("id")
    if isinstance(identifier, bool) or not isinstance(identifier, str | int) or identifier == "":
        raise BadLine("'id' must be a non-empty string")
    categories = record.get("categories") or []
    if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
        raise BadLine("'categories' must be a list of strings")
    title, summary = _text(record, "title"), _text(record, "summary")
    if not title.strip() and not summary.strip():
        raise BadLine("needs a 'title' or a 'summary'")
    return StoryItem(
        id=str(identifier),
        title=shorten(title, TITLE_CHARS),
        summary=shorten(summary, SUMMARY_CHARS),
        link=_text(record, "link"),
        source=_text(record, "source"),
        published=parse_published(record.get("published")),
        categories=tuple(categories),
    )


def read_items(lines: Iterable[str]) -> Iterator[StoryItem | LineProblem]:
    """Each non-blank line as a StoryItem, or a LineProblem saying which line and why."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield parse_line(line)
        except BadLine as problem:
            yield LineProblem(number, str(problem))
