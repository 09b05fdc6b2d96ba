"""Variants of one edition: the same news with a longer backstory for readers who missed some.

An edition is rendered once per recap window (not per recipient). Keys, shortest first:
- "context": the base render stored on the Edition row, for readers who had the previous one;
- "7d": the last 7 days of developments, for new subscribers and readers who missed < 7 days;
- "30d": the last 30 days, for readers away longer.
A variant is stored only when its backstory differs from the next shorter window's, so
`stored_key` falls back to the nearest shorter window that was stored.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

CONTEXT = "context"
# Key -> recap window in days (None: only what today's news needs for context).
WINDOWS: dict[str, int | None] = {CONTEXT: None, "7d": 7, "30d": 30}
NEW_SUBSCRIBER = "7d"  # a first edition recaps the last week


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


def stored_key(wanted: str, stored: Collection[str]) -> str:
    """The key to read: `wanted` if stored, else the nearest shorter stored window."""
    keys = list(WINDOWS)
    if wanted not in WINDOWS:
        return CONTEXT
    for key in reversed(keys[: keys.index(wanted) + 1]):
        if key == CONTEXT or key in stored:
            return key
    return CONTEXT
