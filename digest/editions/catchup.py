"""Pure backstory of an edition: for each story in today's news, the story so far and who's who.

`tell(today, earlier, belongs, explainers, now=, lines=, explained=)` returns one Backstory per
story of `today` (given in the order the edition shows them) that has something to tell:
- `so_far`: digest.editions.backstory.story_so_far, with `lines` sentences at most; a
  development told under an earlier story of the edition is not told again;
- `who`: the explainers its reports mention (digest.editions.whoswho), each once per
  edition, leaving out those in `explained` (shown to this reader in recent editions).
The same function makes the email's section and `digest backstory`'s output.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from digest.editions.backstory import Belongs, Development, SoFar, story_so_far
from digest.editions.whoswho import Who, mentioned
from digest.tagging.explainers import Explainer


@dataclass(frozen=True)
class Backstory:
    """What a reader needs before one of today's stories."""

    story: str  # today's story key
    title: str  # today's story headline, which the paragraph leads into
    so_far: tuple[SoFar, ...]
    who: tuple[Who, ...]


def tell(
    today: Sequence[Development], earlier: Sequence[Development], belongs: Belongs,
    explainers: Sequence[Explainer], *, now: datetime, lines: int,
    explained: Collection[str] = (), share: bool = True,
) -> list[Backstory]:
    """Backstory per story of `today` (see module docstring). With `share=False` every story
    stands alone (nothing is left out for having been told under another story)."""
    told: set[str] = set()
    shown: set[str] = set(explained)
    found = []
    for story in today:
        so_far = story_so_far(story, earlier, belongs, now=now, lines=lines, told=told)
        texts = [text for r in story.reports for text in (r.title, r.summary)]
        who = mentioned(explainers, texts, skip=shown)
        if share:
            told.update(line.story for line in so_far)
            shown.update(w.key for w in who)
        if so_far or who:
            lead = min(story.reports, key=lambda r: (r.published, r.id))
            found.append(Backstory(story=story.key, title=lead.title, so_far=tuple(so_far),
                                   who=tuple(who)))
    return found
