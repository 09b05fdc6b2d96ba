"""Variants of one edition: the same news with a longer backstory for readers who missed some.

An edition is rendered once per recap window (not per recipient). Keys, shortest first:
- "context": the base render stored on the Edition row, for readers who had the previous one;
- "7d": the last 7 days of developments, for new subscribers and readers who missed < 7 days;
- "30d": the last 30 days, for readers away longer.
A variant is stored only when its backstory differs from the next shorter window's, so
`stored_key` falls back to the nearest shorter window that was stored.

Readers who chose some of a list's topics get a render with only those topics' stories
(digest.editions.topics), keyed by window and topics: "7d:lebanon+syria" (`topic_key`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable
from datetime import datetime, timedelta

CONTEXT = "context"
# Key -> recap window in days (None: only what today's news needs for context).
WINDOWS: dict[str, int | None] = {CONTEXT: None, "7d": 7, "30d": 30}
NEW_SUBSCRIBER = "7d"  # a first edition recaps the last week
KEY_MAX = 200  # EditionVariant.key and DeliveryBatch.variant hold this many characters
TOPICS = ":"  # between the window and the topics in a topic key


def variant_for(
    subscriber_joined_at: datetime, last_edition_at: datetime | None, *,
    previous_edition_at: datetime | None, now: datetime,
) -> str:
    """The recap window a reader needs for this edition.

    `subscriber_joined_at`: when they joined the list; `last_edition_at`: when they were last
    sent an edition of the list (None: never); `previous_edition_at`: when the list's edition
    before this one was built (None: this is the list's first, whose base already recaps).
    A reader who had the previous edition gets "context"; one who never had any gets at least
    NEW_SUBSCRIBER; otherwise the shortest window that covers the time since they last had one.
    """
    if previous_edition_at is None:
        return CONTEXT
    if last_edition_at is not None and last_edition_at >= previous_edition_at:
        return CONTEXT
    away = now - (last_edition_at or subscriber_joined_at)
    newcomer_days = WINDOWS[NEW_SUBSCRIBER] or 0
    catch_up = [(key, days) for key, days in WINDOWS.items() if days is not None]
    for key, days in catch_up:
        if away <= timedelta(days=days) and (last_edition_at is not None or days >= newcomer_days):
            return key
    return catch_up[-1][0]


def topic_key(window: str, topics: Iterable[str]) -> str:
    """The key of the `window` render with only `topics`: "7d:lebanon+syria".

    Topic names are [a-z0-9-], so the key reads back unambiguously. Past KEY_MAX characters
    (dozens of long topic names) the topics become a digest: "7d:#<16 hex> (31 topics)".
    """
    names = sorted(set(topics))
    key = f"{window}{TOPICS}{'+'.join(names)}"
    if len(key) <= KEY_MAX:
        return key
    digest = hashlib.sha256("+".join(names).encode()).hexdigest()[:16]
    return f"{window}{TOPICS}#{digest} ({len(names)} topics)"


def window_of(key: str) -> str:
    """The recap window of a key ("7d:lebanon" -> "7d")."""
    return key.split(TOPICS, 1)[0]


def stored_key(wanted: str, stored: Collection[str]) -> str:
    """The key to read: `wanted` if stored, else the nearest shorter stored window.

    A topic key that is stored is read as it is; one that is not falls back like its window.
    """
    if TOPICS in wanted:
        if wanted in stored:
            return wanted
        wanted = window_of(wanted)
    keys = list(WINDOWS)
    if wanted not in WINDOWS:
        return CONTEXT
    for key in reversed(keys[: keys.index(wanted) + 1]):
        if key == CONTEXT or key in stored:
            return key
    return CONTEXT
