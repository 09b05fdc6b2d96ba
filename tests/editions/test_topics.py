"""Keys, snapshots and the choice of render for readers who chose some topics."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from digest.audience.lists import create_list
from digest.editions.backstory import Development, Report
from digest.editions.compose import Source, StoryView
from digest.editions.render import Footer
from digest.editions.snapshot import EditionSnapshot
from digest.editions.topics import TopicRenders
from digest.editions.variants import CONTEXT, KEY_MAX, stored_key, topic_key, window_of
from digest.models import Edition, EditionVariant
from digest.runtime import Runtime
from digest.tagging.explainers import Explainer

NOW = datetime(2024, 12, 7, 8, 0, tzinfo=UTC)


def _view(n: int, topic: str, storyline: str = "") -> StoryView:
    return StoryView(n, f"Story {n} on {topic}", f"https://a.test/{n}", f"Summary {n}.",
                     NOW - timedelta(hours=n), sources=(Source("Outlet", f"https://o.test/{n}"),),
                     storyline=storyline, topic=topic)


def _development(n: int, topic: str, days: int, storyline: str = "") -> Development:
    report = Report(str(n), f"Earlier {n} on {topic}",
                    f"Fighters in the town of Place{n} agreed to a truce with the army on {topic}.",
                    f"https://e.test/{n}", "Outlet", NOW - timedelta(days=days))
    return Development(str(n), storyline or f"line-{n}", (report,), topic=topic)


SNAPSHOT = EditionSnapshot(
    list_name="Levant", now=NOW, base_days=None,
    views=(_view(1, "syria", "hama"), _view(2, "lebanon"), _view(3, "syria")),
    developments=(_development(10, "syria", 3, "hama"), _development(11, "lebanon", 4),
                  _development(12, "iraq", 5)),
    footer=Footer("1 Postal Road", "You subscribed.", "https://digest.test/e/1"),
    today=(_development(1, "syria", 0, "hama"), _development(2, "lebanon", 0),
           _development(3, "syria", 0)),
    threads={"1": ("10",), "2": ("11",)},
    explainers=(Explainer("Place2", "A town on topic lebanon.", ("place2",)),),
    explained=("Place2",),  # shown to daily readers lately: only catch-up renders explain it
)


def test_a_topic_key_names_the_window_and_the_topics_in_order() -> None:
    assert topic_key("7d", ["syria", "lebanon", "syria"]) == "7d:lebanon+syria"
    assert window_of("7d:lebanon+syria") == "7d" and window_of("30d") == "30d"


def test_a_key_for_very_many_topics_stays_within_the_column() -> None:
    many = [f"topic-number-{n}-with-a-long-name" for n in range(30)]
    key = topic_key("30d", many)
    assert len(key) <= KEY_MAX and key.startswith("30d:#") and "30 topics" in key
    assert topic_key("30d", many[:-1]) != key


def test_a_stored_topic_key_is_read_and_a_missing_one_falls_back_to_its_window() -> None:
    assert stored_key("7d:syria", {"7d:syria", "7d"}) == "7d:syria"
    assert stored_key("7d:syria", {"7d"}) == "7d"
    assert stored_key("30d:syria", set()) == CONTEXT


def test_a_snapshot_reads_back_from_json_unchanged() -> None:
    stored = json.loads(json.dumps(SNAPSHOT.to_json()))
    assert EditionSnapshot.from_json(stored) == SNAPSHOT
    assert EditionSnapshot.from_json(None) is None
    assert EditionSnapshot.from_json(stored | {"version": 0}) is None


def test_the_backstory_says_the_days_of_the_lists_time_zone() -> None:
    # Built at 20:00 in New York (01:00 UTC the next day) from a report of 10:00 New York time.
    built = datetime(2024, 12, 8, 1, 0, tzinfo=UTC)
    report = Report("10", "Truce in Hama", "Fighters in Hama agreed to a truce with the army.",
                    "https://e.test/10", "Outlet", datetime(2024, 12, 7, 15, 0, tzinfo=UTC))
    snapshot = replace(SNAPSHOT, now=built, developments=(Development(
        "10", "hama", (report,), topic="syria"),), zone="America/New_York")
    stored = EditionSnapshot.from_json(json.loads(json.dumps(snapshot.to_json())))
    assert stored is not None and stored.zone == "America/New_York"
    [line] = [line for b in stored.backstory("7d") for line in b.so_far]
    assert line.when == "Earlier today"
    [line] = [line for b in replace(stored, zone="UTC").backstory("7d") for line in b.so_far]
    assert line.when == "Yesterday"


def test_the_backstory_for_chosen_topics_keeps_only_their_lines() -> None:
    assert SNAPSHOT.story_topics == {"syria", "lebanon"}
    assert SNAPSHOT.topics == {"syria", "lebanon", "iraq"}
    week = [line.items for b in SNAPSHOT.backstory("7d", {"syria"}) for line in b.so_far]
    assert week == [("10",)]
    everything = SNAPSHOT.backstory("7d")
    assert {line.items for b in everything for line in b.so_far} == {("10",), ("11",)}
    assert [w.name for b in everything for w in b.who] == ["Place2"]
    assert [w.name for b in SNAPSHOT.backstory(CONTEXT) for w in b.who] == []


def _edition(rt: Runtime, snapshot: EditionSnapshot | None) -> Edition:
    with rt.sessions() as session, session.begin():
        ml = create_list(session, "Levant", topics=["syria", "lebanon", "iraq", "jordan"])
        edition = Edition(list_id=ml.id, slot="s", subject="Story 1", html="<p>base</p>",
                          text="base", content=snapshot.to_json() if snapshot else None)
        session.add(edition)
        session.flush()
        session.add(EditionVariant(edition_id=edition.id, key="7d", html="<p>week</p>",
                                   text="week"))
        return edition


def test_readers_get_the_full_render_when_their_topics_cover_the_edition(rt: Runtime) -> None:
    edition = _edition(rt, SNAPSHOT)
    with rt.sessions() as session, session.begin():
        renders = TopicRenders(session, session.merge(edition))
        assert renders.key_for("7d", []) == "7d"
        assert renders.key_for("7d", ["syria", "lebanon", "iraq", "jordan"]) == "7d"
        assert renders.key_for("30d", ["syria", "lebanon", "iraq"]) == "7d"
        # Iraq's only earlier story is in no thread of today's news: no window tells it.
        assert renders.key_for(CONTEXT, ["syria", "lebanon"]) == CONTEXT
        assert renders.key_for("7d", ["syria", "lebanon"]) == "7d"
        # Syria alone leaves out Lebanon's story: a render of its own, shared by every
        # window (its one earlier development fits a daily reader's two lines).
        assert renders.key_for("7d", ["syria"]) == "context:syria"


def test_readers_whose_topics_have_only_backstory_get_nothing(rt: Runtime) -> None:
    edition = _edition(rt, SNAPSHOT)
    with rt.sessions() as session, session.begin():
        renders = TopicRenders(session, session.merge(edition))
        assert renders.key_for("7d", ["iraq"]) is None
        assert renders.key_for(CONTEXT, ["jordan"]) is None


def test_one_render_serves_every_reader_with_the_same_topics_and_backstory(
        rt: Runtime) -> None:
    edition = _edition(rt, SNAPSHOT)
    with rt.sessions() as session, session.begin():
        renders = TopicRenders(session, session.merge(edition))
        # Jordan has nothing, so its readers share Lebanon's renders; Lebanon's backstory
        # is the same over 30 days as over 7, so the month reader shares the week's.
        keys = {renders.key_for(w, t) for w in (CONTEXT, "7d", "30d")
                for t in (["lebanon"], ["lebanon", "jordan"])}
        assert keys == {"context:lebanon", "7d:lebanon"}
        stored = {v.key: v for v in session.query(EditionVariant).filter_by(
            edition_id=edition.id)}
        assert set(stored) == {"7d", "context:lebanon", "7d:lebanon"}
        assert stored["context:lebanon"].subject.startswith("Story 2 on lebanon")
        assert "Story 1" not in stored["context:lebanon"].text


def test_an_edition_built_before_snapshots_goes_out_whole(rt: Runtime) -> None:
    edition = _edition(rt, None)
    with rt.sessions() as session, session.begin():
        renders = TopicRenders(session, session.merge(edition))
        assert renders.key_for("7d", ["lebanon"]) == "7d"
