"""Fixture items in the database: feeds per source, items tagged `syria`, a list."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.models import Feed, Item, ItemTag
from digest.stories.reading import parse_published

DATA = Path(__file__).resolve().parent.parent / "data" / "editions"


def fixture_items(name: str = "items.jsonl") -> dict[str, dict[str, str]]:
    """The rows of tests/data/editions/<name>, by id."""
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return {row["id"]: row for row in rows}


def add_item(session: Session, row: dict[str, str], *, fetched_at: datetime | None = None,
             topic: str = "syria") -> Item:
    """Store one fixture row as a tagged item of the feed named by its source."""
    feed = session.scalar(select(Feed).where(Feed.title == row["source"]))
    if feed is None:
        slug = row["source"].lower().replace(" ", "-")
        feed = Feed(url=f"https://{slug}.test/feed.xml", title=row["source"])
        session.add(feed)
        session.flush()
    published = parse_published(row["published"])
    item = Item(
        feed_id=feed.id, key=row["id"], guid=row["id"], link=row["link"], title=row["title"],
        summary_text=row["summary"], published_at=published,
        fetched_at=fetched_at or published, updated_at=published, tagged_at=published,
    )
    session.add(item)
    session.flush()
    session.add(ItemTag(item_id=item.id, topic=topic, score=1.0, why="fixture"))
    session.flush()
    return item


def add_items(session: Session, rows: list[dict[str, str]], **kwargs: object) -> list[Item]:
    return [add_item(session, row, **kwargs) for row in rows]  # type: ignore[arg-type]


def shifted_rows(now: datetime, *names: str) -> list[dict[str, str]]:
    """The fixture rows moved in time so the newest is an hour before `now`."""
    rows = [row for name in names or ("items.jsonl",) for row in fixture_items(name).values()]
    newest = max(parse_published(row["published"]) for row in rows)
    shift = now - newest - timedelta(hours=1)
    return [row | {"published": (parse_published(row["published"]) + shift).isoformat()}
            for row in rows]


def sample_backstory(title: str = "Rebels capture Hama") -> list:
    """One story's backstory: two dated sentences and one explainer, as renders show them."""
    from datetime import UTC, datetime

    from digest.editions.backstory import SoFar
    from digest.editions.catchup import Backstory
    from digest.editions.whoswho import Who

    return [Backstory(story="1", title=title, so_far=(
        SoFar(datetime(2024, 11, 27, 9, tzinfo=UTC), "Last week",
              "Rebels led by Hayat Tahrir al-Sham launched an offensive on Aleppo from Idlib.",
              "Levant Wire", "https://a.test/offensive", ("lw-1",), "10"),
        SoFar(datetime(2024, 11, 30, 9, tzinfo=UTC), "On Saturday",
              "Hayat Tahrir al-Sham rebels took control of most of Aleppo.",
              "Orient Ledger", "https://b.test/aleppo", ("ol-1",), "11"),
    ), who=(Who("HTS", "Hayat Tahrir al-Sham, an Islamist rebel group that ruled Idlib.",
                "HTS"),))]
