"""The backstory of a plain history (no database), as `digest backstory` tells it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from digest.editions.history import background_of, backstories_at, stories_at
from digest.stories.reading import parse_line
from digest.tagging import load_topic

DATA = Path(__file__).resolve().parents[1] / "data" / "backstory" / "fall_of_assad.jsonl"
THIN_WEEK = DATA.with_name("thin_week.jsonl")
HASAKAH = DATA.with_name("hasakah_2015.jsonl")
NOW = datetime(2024, 12, 8, 23, 59, tzinfo=UTC)
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
ITEMS = [parse_line(json.dumps(row)) for row in ROWS]
EVENT = {row["id"]: row["gold_event"] for row in ROWS}
THREAD = {row["id"]: row["gold_thread"] for row in ROWS}


def test_todays_news_is_the_last_day_and_the_rest_is_earlier() -> None:
    today, earlier = stories_at(ITEMS, load_topic("syria"), now=NOW)
    assert {EVENT[r.id] for story in today for r in story.reports} == {
        "damascus-falls", "buffer-zone"}
    assert today[0].reports[0].source != "" and len(today[0].reports) == 3  # widest first
    assert all(story.date < NOW for story in earlier)


def test_the_fall_of_damascus_is_told_from_its_own_offensive_only() -> None:
    told = dict((story.key, backstory) for story, backstory in
                backstories_at(ITEMS, load_topic("syria"), now=NOW))
    today, _ = stories_at(ITEMS, load_topic("syria"), now=NOW)
    damascus = told[today[0].key]
    assert damascus is not None
    # Aleppo's two days are one story of the clusterer, told day by day. The offensive's
    # first day shares no specific name with the fall of Damascus in this small history, nor
    # does Turkey's offensive on Tal Rifaat, the other thread of those days.
    assert [EVENT[line.items[0]] for line in damascus.so_far] == [
        "aleppo-entered", "aleppo-falls", "hama-falls", "homs-advance"]
    assert {THREAD[i] for line in damascus.so_far for i in line.items} == {"offensive-2024"}


def test_items_after_now_are_not_read() -> None:
    early = datetime(2024, 12, 1, 23, 59, tzinfo=UTC)
    for story, _ in backstories_at(ITEMS, load_topic("syria"), now=early):
        assert all(r.published <= early for r in story.reports)


def test_the_word_background_is_the_topics_reports_as_in_an_edition() -> None:
    # An edition counts word rarity against the reports its topic tagged; so does the history.
    football = parse_line(json.dumps({
        "id": "cup", "title": "Liverpool win the cup final", "summary": "Liverpool beat "
        "Chelsea 2-1 at Wembley on Saturday.", "link": "https://sport.test/cup",
        "source": "Sport", "published": "2024-12-07T18:00:00Z"}))
    background = background_of([*ITEMS, football], load_topic("syria"), now=NOW)
    assert ("Liverpool win the cup final", football.summary) not in background
    assert len(background) == len(ITEMS)


def test_in_a_thin_week_no_story_is_told_another_threads_news() -> None:
    # Real outlets' Syria news of a thin week (BBC, NPR, NYT, DW, ABC; February 2026): nine
    # reports, no two of one thread. The Alawite kidnappings story was the Damascus book
    # fair's closest at a word cosine of 0.05, and both name Assad; being the closest of
    # unrelated stories is not being close (threads.CLOSEST_FLOOR).
    items = [parse_line(line) for line in THIN_WEEK.read_text(encoding="utf-8").splitlines()]
    told = backstories_at(items, load_topic("syria"), now=datetime(2026, 2, 18, 23, 59,
                                                                   tzinfo=UTC))
    assert len(told) == 1 and "Alawite" in told[0][0].reports[0].title
    backstory = told[0][1]
    assert backstory is not None and backstory.who  # who's who still explains the Alawites
    assert backstory.so_far == ()


def test_a_likely_development_of_another_thread_of_the_same_weeks_is_kept_apart() -> None:
    # June 2015 in the northeast: Islamic State's attack on Hasaka and the Kurdish-led
    # advance on Tal Abyad, 70 km apart, share the Kurds, IS, the border and the weeks. Each
    # Tal Abyad story alone is likely Hasaka's thread (thread probability 0.73 and 0.83), but
    # it is close to the rest of its own thread, not to the rest of Hasaka's.
    items = [parse_line(line) for line in HASAKAH.read_text(encoding="utf-8").splitlines()]
    told = backstories_at(items, load_topic("syria"),
                          now=datetime(2015, 6, 25, 23, 59, tzinfo=UTC))
    hasaka = next(b for story, b in told if "Hasakah" in story.reports[0].title)
    assert hasaka is not None
    lines = [line.text for line in hasaka.so_far]
    assert len(lines) == 2 and all("northeastern city" in line for line in lines)
    tal_abyad = {item.id for item in items if "Kurds" in item.title or "Kurdish" in item.title}
    assert not tal_abyad & {i for line in hasaka.so_far for i in line.items}
