"""Which report leads a story, and who else carried it ("Also reported by BBC, Reuters")."""

from __future__ import annotations

from collections.abc import Sequence

from digest.stories.model import StoryItem
from digest.stories.text import tokens


def _informativeness(item: StoryItem) -> int:
    """Distinct content words in title and summary: more words, more for the reader."""
    return len(set(tokens(item.title)) | set(tokens(item.summary)))


def pick_lead(items: Sequence[StoryItem], source_priority: Sequence[str] = ()) -> StoryItem:
    """The story's lead item.

    A source listed in `source_priority` beats any unlisted one, earlier in the list beats
    later (names compare case-insensitively). Among equals, the most informative item wins,
    then the earliest, then the smallest id, so the choice never depends on input order.
    Raises ValueError on an empty sequence.
    """
    if not items:
        raise ValueError("pick_lead needs at least one item")
    rank = {name.casefold(): position for position, name in enumerate(source_priority)}
    unlisted = len(rank)
    return min(
        items,
        key=lambda item: (
            rank.get(item.source.casefold(), unlisted),
            -_informativeness(item),
            item.published,
            item.id,
        ),
    )


def also_reported_by(lead: StoryItem, items: Sequence[StoryItem]) -> list[str]:
    """Distinct source names of items other than the lead's source, in order of first report.

    Names are compared case-insensitively and blank sources are skipped; the first spelling
    seen is kept.
    """
    seen = {lead.source.strip().casefold()}
    names = []
    for item in sorted(items, key=lambda item: (item.published, item.id)):
        name = item.source.strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names
