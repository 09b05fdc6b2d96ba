"""Which backstory variant a reader gets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from digest.editions.variants import CONTEXT, stored_key, variant_for

NOW = datetime(2024, 12, 9, 8, 0, tzinfo=UTC)
YESTERDAY = NOW - timedelta(days=1)


def test_a_reader_who_had_the_previous_edition_gets_context_only() -> None:
    joined = NOW - timedelta(days=100)
    assert variant_for(joined, YESTERDAY, previous_edition_at=YESTERDAY, now=NOW) == CONTEXT


def test_a_new_subscriber_gets_the_last_week_even_if_they_joined_an_hour_ago() -> None:
    joined = NOW - timedelta(hours=1)
    assert variant_for(joined, None, previous_edition_at=YESTERDAY, now=NOW) == "7d"


def test_a_reader_away_longer_gets_a_longer_window() -> None:
    joined = NOW - timedelta(days=100)
    assert variant_for(joined, NOW - timedelta(days=3), previous_edition_at=YESTERDAY,
                       now=NOW) == "7d"
    assert variant_for(joined, NOW - timedelta(days=12), previous_edition_at=YESTERDAY,
                       now=NOW) == "30d"
    assert variant_for(joined, None, previous_edition_at=YESTERDAY, now=NOW) == "30d"


def test_everyone_gets_the_base_of_a_lists_first_edition() -> None:
    assert variant_for(NOW, None, previous_edition_at=None, now=NOW) == CONTEXT


def test_a_variant_not_stored_falls_back_to_the_nearest_shorter_one() -> None:
    assert stored_key("30d", {"7d"}) == "7d"
    assert stored_key("30d", set()) == CONTEXT
    assert stored_key("7d", {"7d", "30d"}) == "7d"
    assert stored_key("bogus", {"7d"}) == CONTEXT
