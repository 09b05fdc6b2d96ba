from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from digest.stories import StoryItem, also_reported_by, pick_lead

START = datetime(2024, 12, 8, 4, tzinfo=UTC)


def _item(
    ident: str, source: str, hours: float, summary: str = "Rebels took Damascus."
) -> StoryItem:
    return StoryItem(
        ident,
        "Rebels take Damascus",
        summary,
        f"https://x.test/{ident}",
        source,
        START + timedelta(hours=hours),
    )


def test_the_most_informative_report_leads():
    short = _item("a", "Reuters", 0)
    rich = _item(
        "b",
        "BBC",
        2,
        "Rebels say they have taken Damascus and that Assad has fled"
        " the country after a lightning offensive.",
    )
    assert pick_lead([short, rich]) == rich


def test_the_earliest_report_leads_among_equally_informative_ones():
    assert pick_lead([_item("late", "BBC", 3), _item("early", "AP", 1)]).id == "early"


def test_a_configured_source_priority_beats_informativeness():
    rich = _item("b", "BBC", 0, "A much longer summary with many more distinct words in it.")
    preferred = _item("r", "Reuters", 5)
    assert pick_lead([rich, preferred], source_priority=["reuters", "BBC"]) == preferred


def test_pick_lead_refuses_an_empty_story():
    with pytest.raises(ValueError):
        pick_lead([])


def test_also_reported_by_lists_other_outlets_once_in_order_of_reporting():
    lead = _item("a", "BBC", 0)
    items = [
        lead,
        _item("c", "Reuters", 3),
        _item("b", "Al Jazeera", 1),
        _item("d", "reuters", 4),
        _item("e", "bbc", 5),
        _item("f", " ", 6),
    ]
    assert also_reported_by(lead, items) == ["Al Jazeera", "Reuters"]
