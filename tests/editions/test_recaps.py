"""Backstory lines per recap window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from digest.editions.recaps import MAX_CATCH_UP, Development, recap_lines

NOW = datetime(2024, 12, 9, 8, 0, tzinfo=UTC)


def _dev(n: int, line: str, days_ago: float, outlets: int = 1) -> Development:
    return Development(n, line, NOW - timedelta(days=days_ago), f"Event {n}",
                       f"https://a.test/{n}", "Wire", outlets)


POOL = [_dev(1, "aleppo", 12), _dev(2, "aleppo", 9), _dev(3, "aleppo", 3),
        _dev(4, "quake", 2), _dev(5, "election", 20)]


def test_a_daily_reader_gets_only_the_last_step_of_threads_in_the_news() -> None:
    lines = recap_lines(POOL, {"aleppo"}, now=NOW, days=None)
    assert [r.title for r in lines] == ["Event 3"]


def test_a_reader_back_after_a_week_gets_every_development_of_the_week() -> None:
    lines = recap_lines(POOL, {"aleppo"}, now=NOW, days=7)
    assert [r.title for r in lines] == ["Event 3", "Event 4"]  # oldest first
    month = recap_lines(POOL, {"aleppo"}, now=NOW, days=30)
    assert [r.title for r in month] == ["Event 5", "Event 1", "Event 2", "Event 3", "Event 4"]


def test_the_catch_up_is_capped_keeping_threads_in_the_news_first() -> None:
    pool = [_dev(n, "other", 1 + n / 10, outlets=5) for n in range(20)] + [_dev(99, "now", 6)]
    lines = recap_lines(pool, {"now"}, now=NOW, days=7)
    assert len(lines) == MAX_CATCH_UP and "Event 99" in [r.title for r in lines]


def test_nothing_in_the_news_means_no_context_lines() -> None:
    assert recap_lines(POOL, set(), now=NOW, days=None) == []
