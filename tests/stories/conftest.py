"""Shared loader for the labelled story development set in tests/data/stories/."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from digest.stories.model import StoryItem
from digest.stories.reading import parse_line

DATA = Path(__file__).resolve().parent.parent / "data" / "stories"

Devset = tuple[list[StoryItem], list[dict[str, str]]]


def load_devset(split: str) -> Devset:
    """Items of dev_<split>.jsonl and their raw rows (which carry the gold_* labels)."""
    lines = (DATA / f"dev_{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [parse_line(line) for line in lines], [json.loads(line) for line in lines]


@pytest.fixture
def devset() -> Callable[[str], Devset]:
    return load_devset
