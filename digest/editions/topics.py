"""Renders of an edition for readers who chose some of the list's topics.

A member's `Membership.topics` (empty = all) decides what they get from an edition:
- their topics cover every topic the edition draws on: the ordinary render of their window;
- none of their topics has a news or analysis story in the edition: nothing (`key_for`
  returns None and the send path records the delivery as skipped);
- otherwise a render with only their topics' stories and backstory, with the same recap
  windows as everyone else (variant = window x topics, key "7d:lebanon+syria").

Renders are made lazily, when the send path first needs one, and stored as EditionVariant
rows, so each distinct (window, topics) is rendered once per edition however many readers
share it. They are made from the edition's snapshot (digest.editions.snapshot), never from
the stories as they are at send time, so a late render says what the edition said.
The caller must hold the edition row lock (prepare_send does): that is what keeps two
senders from rendering the same key at once.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.editions.compose import compose
from digest.editions.render import Rendered, render_edition
from digest.editions.snapshot import EditionSnapshot
from digest.editions.variants import CONTEXT, WINDOWS, stored_key, topic_key
from digest.models import Edition, EditionVariant

# Delivery.error of a reader skipped for their topics starts with this.
NO_STORY_ON_TOPICS = "no story on the reader's topics in this edition"


def skip_reason(topics: Collection[str]) -> str:
    """Why a reader with `topics` gets nothing: "no story ... edition (chose: lebanon)"."""
    return f"{NO_STORY_ON_TOPICS} (chose: {', '.join(sorted(topics))})"


def render_for(snapshot: EditionSnapshot, window: str, topics: Collection[str]) -> Rendered:
    """The edition as the `window` render, with only the stories and backstory on `topics`."""
    views = snapshot.views_on(topics)
    content = compose(snapshot.list_name, views, snapshot.backstory(window, topics),
                      date=snapshot.now)
    return render_edition(content, snapshot.footer)


def shortest_window(snapshot: EditionSnapshot, window: str, topics: Collection[str]) -> str:
    """The shortest window whose backstory on `topics` equals `window`'s (one render for both)."""
    wanted = snapshot.backstory(window, topics)
    keys = list(WINDOWS)
    candidates = [CONTEXT] if snapshot.base_days is not None else keys[: keys.index(window) + 1]
    for key in candidates:
        if snapshot.backstory(key, topics) == wanted:
            return key
    return window


class TopicRenders:
    """Which stored render each (window, chosen topics) gets, making topic renders on demand."""

    def __init__(self, session: Session, edition: Edition) -> None:
        self.session, self.edition = session, edition
        self.stored = set(session.scalars(
            select(EditionVariant.key).where(EditionVariant.edition_id == edition.id)))
        self._snapshot: EditionSnapshot | None = None
        self._loaded = False
        self._keys: dict[tuple[str, frozenset[str]], str | None] = {}

    @property
    def snapshot(self) -> EditionSnapshot | None:
        if not self._loaded:
            self._snapshot = EditionSnapshot.from_json(self.edition.content)
            self._loaded = True
        return self._snapshot

    def key_for(self, window: str, chosen: Collection[str]) -> str | None:
        """The key of the render for a reader who needs `window` and chose `chosen` topics;
        None when none of them has a story in this edition."""
        memo = (window, frozenset(chosen))
        if memo not in self._keys:
            self._keys[memo] = self._choose(window, memo[1])
        return self._keys[memo]

    def _choose(self, window: str, chosen: frozenset[str]) -> str | None:
        everything = stored_key(window, self.stored)
        snapshot = self.snapshot
        # No snapshot (an edition built before topic renders existed): the full edition.
        if not chosen or snapshot is None:
            return everything
        if not chosen & snapshot.story_topics:
            return None
        topics = chosen & snapshot.topics
        if topics == snapshot.topics:
            return everything
        if (len(snapshot.views_on(topics)) == len(snapshot.views)
                and snapshot.backstory(window, topics) == snapshot.backstory(window)):
            return everything  # the other topics only had backstory this window leaves out
        shortest = shortest_window(snapshot, window, topics)
        key = topic_key(shortest, topics)
        if key not in self.stored:
            rendered = render_for(snapshot, shortest, topics)
            self.session.add(EditionVariant(
                edition_id=self.edition.id, key=key, subject=rendered.subject,
                html=rendered.html, text=rendered.text,
                recaps=sum(len(b.so_far) + len(b.who)
                           for b in snapshot.backstory(shortest, topics))))
            self.session.flush()
            self.stored.add(key)
        return key
