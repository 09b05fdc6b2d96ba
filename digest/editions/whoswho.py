"""Pure who's who: which of a topic's explainers a story's text calls for, and how to name them.

`mentioned(explainers, texts)` returns the explainers whose spellings occur in the texts, in
order of first mention, each named as the text names it ("Hayat Tahrir al-Sham" when the
report spells it out, "HTS" when it says HTS), so the name a reader sees is the name they
just read. `Who` values are what an edition shows.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from digest.tagging.explainers import Explainer
from digest.tagging.normalise import normalise

MAX_PER_STORY = 3


@dataclass(frozen=True)
class Who:
    """One explainer as shown: the name as the story spells it, and the explainer's text."""

    name: str
    text: str
    key: str  # the explainer's own name: what "already shown" is remembered by


def _surface(alias: str, texts: Sequence[str]) -> str | None:
    """The alias as written in the texts (original case and punctuation), if it is there."""
    words = alias.split()
    pattern = re.compile(r"(?<!\w)" + r"[\W_]+".join(re.escape(w) for w in words) + r"(?!\w)",
                         re.IGNORECASE)
    for text in texts:
        found = pattern.search(text)
        if found:
            return found.group(0)
    return None


def mentioned(
    explainers: Sequence[Explainer], texts: Sequence[str], *, skip: Collection[str] = (),
    limit: int = MAX_PER_STORY,
) -> list[Who]:
    """Explainers the texts mention, first mentioned first, at most `limit`; those whose
    name is in `skip` (already shown) are left out."""
    folded = f" {' '.join(normalise(t) for t in texts)} "
    found: list[tuple[int, Who]] = []
    for explainer in explainers:
        if explainer.name in skip:
            continue
        where = [(folded.find(f" {alias} "), alias) for alias in explainer.match]
        where = [(position, alias) for position, alias in where if position >= 0]
        if not where:
            continue
        position, alias = min(where)
        name = explainer.name
        if f" {normalise(name)} " not in folded:
            name = _surface(alias, texts) or explainer.name
        found.append((position, Who(name=name, text=explainer.text, key=explainer.name)))
    found.sort(key=lambda pair: pair[0])
    return [who for _, who in found[:limit]]
