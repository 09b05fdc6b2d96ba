"""Pure thread check: is an earlier story part of the thread of a story in today's news?

Storylines (digest.stories) join stories whose word profiles are alike, transitively, and so
sometimes run two threads together (two offensives in the same weeks share "rebels",
"regime", "Syria"). The backstory must never tell a reader about the wrong thread, so each
earlier development is checked against today's story on its own:

- **specific names**: the topic's entities found in both (by the topic file's aliases; the
  country entity, `listable` in the topic file, does not count), and names capitalised
  mid-sentence (digest.stories.text.entities). A name that most stories of the period carry
  (the capital, the president of the day) is generic there and does not count either;
- **words**: cosine of the two stories' TF-IDF centroids (digest.stories.vectors);
- **storyline**: whether the clusterer linked them.

A development belongs when it shares a specific name and its score clears THRESHOLD, or
when the words alone are very close. Knobs are in `ThreadTuning` (chosen on the tune split
of tests/data/backstory; `bench/backstory.py`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from digest.stories.text import entities, tokens
from digest.stories.vectors import Vector, cosine, idf_table
from digest.tagging.topic import Role, Topic

Names = Callable[[str, str], frozenset[str]]  # (title, summary) -> specific names

# Capitalised words that name institutions, titles or the world at large, not an actor,
# place or event of one thread ("the Syrian Observatory for Human Rights", "the UN", "US
# officials", "the interior ministry"), and the capital, which every thread passes through.
GENERIC_NAMES = frozenset({
    "army", "national", "democratic", "human", "right", "observatory", "us", "un", "united",
    "nation", "state", "president", "government", "ministry", "minister", "interior",
    "defence", "defense", "foreign", "media", "council", "security", "force", "forces",
    "official", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "western", "arab", "islamic", "international",
    "damascus", "capital", "city", "province", "north", "south", "east", "west", "isis",
})


@dataclass(frozen=True)
class ThreadTuning:
    text_weight: float = 1.0
    name_weight: float = 1.0
    storyline_bonus: float = 0.1
    threshold: float = 0.2
    words_alone: float = 0.25  # cosine that needs no shared name
    generic_share: float = 0.3  # a name in more than this share of stories is generic
    generic_min_stories: int = 6  # below this, shares say nothing


@dataclass(frozen=True)
class ThreadText:
    """One story as the thread check sees it."""

    key: str
    storyline: str
    texts: tuple[tuple[str, str], ...]  # (title, summary) of each report


def capitalised_names(title: str, summary: str) -> frozenset[str]:
    """Names a text carries without a topic: capitalised mid-sentence, or in the gazetteer."""
    return frozenset(entities(f"{title}. {summary}"))


def topic_names(*topics: Topic) -> Names:
    """Names from the topics' entity data plus capitalised names; the country itself (a
    `listable` entity) is left out. Entities grouping many names count by the alias found."""

    country = {word for topic in topics for entity in topic.entities if entity.listable
               for alias in entity.aliases for word in tokens(alias.rstrip("*"))}

    def names(title: str, summary: str) -> frozenset[str]:
        found = set(capitalised_names(title, summary)) - country
        for topic in topics:
            for hit in topic.scan(title, summary).hits:
                if hit.role is not Role.ENTITY:
                    continue
                entity = topic.entities[hit.ref]
                if not entity.listable:
                    found.add(hit.alias if entity.group else entity.name.casefold())
        return frozenset(found)

    return names


def _unit(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {term: w / norm for term, w in weights.items()} if norm else {}


class ThreadCheck:
    """Scores earlier stories against today's; built once per edition over the whole pool."""

    def __init__(self, stories: Sequence[ThreadText], names: Names = capitalised_names,
                 tuning: ThreadTuning | None = None) -> None:
        self.tuning = tuning or ThreadTuning()
        self._names: dict[str, frozenset[str]] = {}
        self._vectors: dict[str, Vector] = {}
        self._lines = {s.key: s.storyline for s in stories}
        documents = {s.key: [w for t, m in s.texts for w in tokens(t) * 2 + tokens(m)]
                     for s in stories}
        idf = idf_table(list(documents.values()))
        for story in stories:
            counts = Counter(documents[story.key])
            self._vectors[story.key] = _unit(
                {w: (1 + math.log(c)) * idf[w] for w, c in counts.items()})
            found: set[str] = set()
            for title, summary in story.texts:
                found |= names(title, summary)
            self._names[story.key] = frozenset(found)
        share = Counter(name for found in self._names.values() for name in found)
        total = len(stories)
        self.generic = GENERIC_NAMES | frozenset(
            name for name, count in share.items()
            if total >= self.tuning.generic_min_stories
            and count / total > self.tuning.generic_share)
        self._weight = {name: math.log((1 + total) / (1 + count)) + 1
                        for name, count in share.items()}

    def names(self, key: str) -> frozenset[str]:
        """The story's specific names (generic ones left out)."""
        return self._names.get(key, frozenset()) - self.generic

    def shared(self, today: str, earlier: str) -> frozenset[str]:
        return self.names(today) & self.names(earlier)

    def score(self, today: str, earlier: str) -> float:
        """How surely `earlier` is a development of `today`'s thread (higher: surer)."""
        tuning = self.tuning
        words = cosine(self._vectors.get(today, {}), self._vectors.get(earlier, {}))
        mine, theirs = self.names(today), self.names(earlier)
        shared = mine & theirs
        smaller = min(sum(self._weight[n] for n in mine), sum(self._weight[n] for n in theirs))
        overlap = sum(self._weight[n] for n in shared) / smaller if smaller else 0.0
        same_line = bool(self._lines.get(today)) and self._lines.get(today) == self._lines.get(
            earlier)
        return (tuning.text_weight * words + tuning.name_weight * overlap
                + tuning.storyline_bonus * same_line)

    def belongs(self, today: str, earlier: str) -> bool:
        """True when `earlier` tells part of `today`'s thread (see module docstring)."""
        words = cosine(self._vectors.get(today, {}), self._vectors.get(earlier, {}))
        if words >= self.tuning.words_alone:
            return True
        return bool(self.shared(today, earlier)) and (
            self.score(today, earlier) >= self.tuning.threshold)

