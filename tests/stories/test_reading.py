from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from digest.stories.reading import BadLine, LineProblem, parse_line, parse_published, read_items

GOOD = {
    "id": "a1",
    "title": "Rebels seize Aleppo",
    "summary": "s",
    "link": "https://x.test/a",
    "source": "Reuters",
    "published": "2024-11-30T12:00:00Z",
}


def test_offsets_and_naive_times_become_utc():
    assert parse_published("2024-11-30T14:00:00+02:00") == datetime(2024, 11, 30, 12, tzinfo=UTC)
    assert parse_published("2024-11-30T12:00:00") == datetime(2024, 11, 30, 12, tzinfo=UTC)


def test_a_numeric_id_is_kept_as_text_and_categories_are_optional():
    item = parse_line(json.dumps({**GOOD, "id": 42}))
    assert item.id == "42" and item.categories == ()


@pytest.mark.parametrize(
    "record",
    [
        {**GOOD, "published": "yesterday"},
        {**GOOD, "published": None},
        {**GOOD, "id": ""},
        {**GOOD, "title": "", "summary": ""},
        {**GOOD, "categories": "Opinion"},
        ["not", "an", "object"],
    ],
)
def test_unusable_records_are_refused_with_a_reason(record):
    with pytest.raises(BadLine):
        parse_line(json.dumps(record))


def test_read_items_reports_bad_lines_by_number_and_skips_blank_ones():
    lines = [json.dumps(GOOD), "", "{broken", json.dumps({**GOOD, "id": "a2"})]
    results = list(read_items(lines))
    assert [type(r).__name__ for r in results] == ["StoryItem", "LineProblem", "StoryItem"]
    problem = results[1]
    assert isinstance(problem, LineProblem) and problem.number == 3
