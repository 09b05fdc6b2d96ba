"""Text from outside is cut to a size the text work can take, once, where it comes in."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from digest.ingest.parse import ParsedEntry
from digest.ingest.prepare import prepare_entries
from digest.limits import SUMMARY_CHARS, TITLE_CHARS
from digest.stories.reading import parse_line
from digest.tagging import load_topic, tag_item


def test_a_megabyte_headline_is_cut_at_ingest_and_tags_at_once() -> None:
    huge = "HTS fighters advance on Aleppo and Homs " * 40_000
    entry = ParsedEntry(guid="g", link="https://example.org/a", title=huge,
                        summary_html=f"<p>{huge}</p>", published=None, author="",
                        categories=(), image_url="")
    [row] = prepare_entries([entry], datetime(2026, 11, 28, tzinfo=UTC))
    assert len(row.title) <= TITLE_CHARS + 1 and row.title.endswith("…")
    assert len(row.summary_text) <= SUMMARY_CHARS + 1
    # Uncut, tagging this entry ran for over 13 minutes (the suite's timeout stops it).
    assert tag_item(load_topic("syria"), row.title, row.summary_text) is not None


def test_a_json_line_with_a_huge_title_is_cut_the_same_way() -> None:
    line = json.dumps({"id": "x", "title": "Aleppo " * 10_000, "summary": "s " * 20_000,
                       "published": "2024-12-01T10:00:00Z"})
    item = parse_line(line)
    assert len(item.title) <= TITLE_CHARS + 1 and len(item.summary) <= SUMMARY_CHARS + 1
