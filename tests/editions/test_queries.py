"""Database reads for an edition, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from digest.editions.queries import background_texts
from digest.runtime import Runtime
from tests.editions.factory import add_item

NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


def _row(n: int, days_ago: float) -> dict[str, str]:
    return {"id": f"r{n}", "title": f"Report {n}", "summary": f"Summary {n}.",
            "link": f"https://wire.test/{n}", "source": "Wire",
            "published": (NOW - timedelta(days=days_ago)).isoformat()}


def test_the_background_is_the_topics_recent_reports_newest_first_up_to_the_cap(
        rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        for n, days_ago in enumerate([1, 2, 3, 400]):
            add_item(session, _row(n, days_ago))
        add_item(session, _row(9, 1.5), topic="lebanon")
        add_item(session, _row(8, -1))  # after the build
        found = background_texts(session, ["syria"], now=NOW, reach=timedelta(days=365), cap=2,
                                 chars=100)
        everything = background_texts(session, ["syria"], now=NOW, reach=timedelta(days=365),
                                      cap=100, chars=100)
    assert found == [("Report 0", "Summary 0."), ("Report 1", "Summary 1.")]
    assert [title for title, _ in everything] == ["Report 0", "Report 1", "Report 2"]


def test_the_background_reads_only_the_start_of_a_long_summary(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        add_item(session, _row(1, 1) | {"summary": "Lede words. " + "padding " * 5000})
        [(title, summary)] = background_texts(session, ["syria"], now=NOW,
                                              reach=timedelta(days=365), cap=10, chars=12)
    assert (title, summary) == ("Report 1", "Lede words. ")
