"""Stored stories keep their identity as the window slides; storylines run across time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.models import Item, Story
from digest.runtime import Runtime
from digest.stories.store import WINDOW, group_stories
from tests.editions.factory import add_items, fixture_items

ROWS = fixture_items() | fixture_items("later.jsonl")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _story_of(session: Session, key: str) -> Story:
    item = session.scalar(select(Item).where(Item.key == key))
    assert item is not None and item.story_id is not None
    story = session.get(Story, item.story_id)
    assert story is not None
    return story


def test_reports_of_one_event_become_one_story_with_its_dates(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        add_items(session, [ROWS[k] for k in ("lw-2", "ol-1", "ol-3")])
        changed = group_stories(session, "syria", now=_at("2024-12-01T00:00"))
        aleppo, drill = _story_of(session, "lw-2"), _story_of(session, "ol-3")
        assert changed == 2
        assert _story_of(session, "ol-1").id == aleppo.id != drill.id
        assert aleppo.published_at == _at("2024-11-30T10:00")
        assert aleppo.last_published_at == _at("2024-11-30T14:00")
        assert aleppo.storyline != drill.storyline


def test_a_story_keeps_its_id_when_its_first_report_leaves_the_window(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        add_items(session, [ROWS["lw-1"], ROWS["gd-1"]])
        group_stories(session, "syria", now=_at("2024-11-28T00:00"))
        story = _story_of(session, "gd-1")
        first = (story.id, story.key, story.updated_at)
        # lw-1 (09:00) has left the window, gd-1 (13:00) has not: the cluster's key changes.
        later = _at("2024-11-27T09:00") + WINDOW + timedelta(hours=2)
        group_stories(session, "syria", now=later)
        again = _story_of(session, "gd-1")
        assert (again.id, again.key, again.updated_at) == first
        assert session.scalars(select(Story)).all() == [again]


def test_updated_at_moves_only_when_a_fresh_report_joins(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        add_items(session, [ROWS["gd-2"], ROWS["lw-3"]])
        group_stories(session, "syria", now=_at("2024-12-05T12:00"))
        assert group_stories(session, "syria", now=_at("2024-12-05T13:00")) == 0
        assert _story_of(session, "gd-2").updated_at == _at("2024-12-05T12:00")
        add_items(session, [ROWS["ol-2"]])
        assert group_stories(session, "syria", now=_at("2024-12-05T16:00")) == 1
        story = _story_of(session, "ol-2")
        assert story.id == _story_of(session, "gd-2").id
        assert story.updated_at == _at("2024-12-05T16:00")


def test_a_storyline_continues_after_its_first_stories_leave_the_window(rt: Runtime) -> None:
    with rt.sessions() as session, session.begin():
        add_items(session, [ROWS[k] for k in ("lw-1", "gd-1", "lw-2", "ol-1")])
        group_stories(session, "syria", now=_at("2024-12-01T00:00"))
        add_items(session, [ROWS[k] for k in ("gd-2", "lw-3", "ol-2")])
        group_stories(session, "syria", now=_at("2024-12-06T00:00"))
        thread = _story_of(session, "lw-1").storyline
        assert _story_of(session, "lw-3").storyline == thread
        add_items(session, [ROWS["lw-9"], ROWS["ol-9"]])
        # By 17 December the offensive and Aleppo are out of the window; Hama is not.
        group_stories(session, "syria", now=_at("2024-12-17T00:00"))
        homs = _story_of(session, "lw-9")
        assert homs.id != _story_of(session, "lw-3").id
        assert homs.storyline == thread == _story_of(session, "lw-1").storyline


def test_a_group_whose_key_another_group_holds_gets_a_story_of_its_own(rt: Runtime) -> None:
    # The clustering shifts: the stored story with the key a group now gets holds another
    # group's reports (which claim it first). The group gets a new story, not a crash.
    with rt.sessions() as session, session.begin():
        add_items(session, [ROWS[k] for k in ("lw-2", "ol-1", "ol-3")])
        group_stories(session, "syria", now=_at("2024-12-01T00:00"))
        first, second = sorted([_story_of(session, "lw-2"), _story_of(session, "ol-3")],
                               key=lambda story: story.key)
        second_key = second.key
        for item in session.scalars(select(Item).where(Item.story_id == second.id)):
            item.story_id = None
        session.delete(second)
        session.flush()
        first.key = second_key
        session.flush()
        group_stories(session, "syria", now=_at("2024-12-01T00:00"))
        keys = session.scalars(select(Story.key)).all()
        assert len(keys) == len(set(keys)) == 2
        assert _story_of(session, "lw-2").id != _story_of(session, "ol-3").id
