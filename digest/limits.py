"""How much of an item's text from outside (a feed entry, a JSON line) digest keeps.

A headline runs to a few hundred characters and a feed summary to a few thousand. Text
far past that is a broken or hostile entry; the text work after it (tagging scans every
entity hit against the others) grows faster than the text, so one entry of megabytes
would hold up everything behind it. It is cut here, at word boundaries, once.
"""

from __future__ import annotations

TITLE_CHARS = 500
SUMMARY_CHARS = 20_000


def shorten(text: str, limit: int) -> str:
    """`text`, or its first words within `limit` characters and an ellipsis."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
