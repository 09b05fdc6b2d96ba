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
- **event types**: distinctive kinds of event both tell (digest.editions.event_types:
  chemical weapons, the quake, drugs, detainees ...), weighed like names;
- **storyline**: whether the clusterer (digest.stories.cluster_items) linked them;
- **time**: the score fades with the days between the two (`half_life_days`), since a thread
  moves on and parallel threads of the same weeks share more and more background.

A development belongs when it shares a specific name (or event type) and its score clears
`threshold`, or when the words alone are very close (`words_alone`). When no earlier story
is linked so (today's report names only places new to the thread: "rebels reach Homs"
after "rebels take Hama"), the storyline stands in for the shared name: the developments
of today's storyline whose score clears `threshold` are accepted directly. Then one hop: an
earlier development that shares no name with today's story ("Damascus falls" and "rebels
reach Homs") belongs when it is this close to a development already accepted directly and
within `hop_days` of it (`hop_threshold`, stricter).

Last, the storyline: when some accepted developments are in today's story's storyline (two
independent signals agree), those are the thread, and an accepted development outside the
storyline stays only when it shares a specific name with today's story AND with one of them,
within `hop_days` of it (the storyline may have missed it; a parallel thread rarely passes
both). With no agreed development the check alone decides (a storyline of one). Knobs are
in `ThreadTuning` (chosen on the tune split of tests/data/backstory only;
`bench/backstory.py` reports both splits).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from digest.editions.event_types import event_types
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
    name_weight: float = 0.6
    storyline_bonus: float = 0.1
    threshold: float = 0.2
    words_alone: float = 0.25  # cosine that needs no shared name
    generic_share: float = 0.6  # a name in more than this share of stories is generic
    generic_min_stories: int = 6  # below this, shares say nothing
    half_life_days: float = 15.0  # the score halves over this many days between the two
    hop_threshold: float = 0.5  # score to an accepted development that lets one more in
    hop_days: float = 10.0  # and how close in time to it that one must be


@dataclass(frozen=True)
class ThreadText:
    """One story as the thread check sees it."""

    key: str
    storyline: str
    texts: tuple[tuple[str, str], ...]  # (title, summary) of each report
    date: datetime | None = None  # first report; None: no time decay, no hop


def capitalised_names(title: str, summary: str) -> frozenset[str]:
    """Names a text carries without a topic: capitalised mid-sentence, or in the gazetteer,
    and the distinctive event types it tells."""
    text = f"{title}. {summary}"
    return frozenset(entities(text)) | event_types(text)


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
        self._dates = {s.key: s.date for s in stories if s.date is not None}
        self._threads: dict[str, frozenset[str]] = {}
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
        """The story's specific names and event types (generic ones left out)."""
        return self._names.get(key, frozenset()) - self.generic

    def shared(self, today: str, earlier: str) -> frozenset[str]:
        return self.names(today) & self.names(earlier)

    def _words(self, one: str, other: str) -> float:
        return cosine(self._vectors.get(one, {}), self._vectors.get(other, {}))

    def _days(self, one: str, other: str) -> float | None:
        first, second = self._dates.get(one), self._dates.get(other)
        if first is None or second is None:
            return None
        return abs((first - second).total_seconds()) / 86400

    def score(self, today: str, earlier: str) -> float:
        """How surely `earlier` is a development of `today`'s thread (higher: surer)."""
        tuning = self.tuning
        mine, theirs = self.names(today), self.names(earlier)
        shared = mine & theirs
        smaller = min(sum(self._weight[n] for n in mine), sum(self._weight[n] for n in theirs))
        overlap = sum(self._weight[n] for n in shared) / smaller if smaller else 0.0
        same_line = bool(self._lines.get(today)) and self._lines.get(today) == self._lines.get(
            earlier)
        score = (tuning.text_weight * self._words(today, earlier) + tuning.name_weight * overlap
                 + tuning.storyline_bonus * same_line)
        days = self._days(today, earlier)
        if days is not None and tuning.half_life_days > 0:
            score /= 1 + days / tuning.half_life_days
        return score

    def _direct(self, today: str, earlier: str, threshold: float) -> bool:
        if self._words(today, earlier) >= self.tuning.words_alone:
            return True
        return bool(self.shared(today, earlier)) and self.score(today, earlier) >= threshold

    def thread(self, today: str) -> frozenset[str]:
        """The stories of the pool that tell `today`'s thread: direct, then one hop."""
        if today in self._threads:
            return self._threads[today]
        others = [key for key in self._vectors if key != today]
        direct = {key for key in others if self._direct(today, key, self.tuning.threshold)}
        if not direct:  # no name links today's story to any earlier one (a new place)
            direct = {key for key in others if self._same_line(today, key)
                      and self.score(today, key) >= self.tuning.threshold}
        hops = {
            key for key in others if key not in direct and any(
                (self._days(key, seed) or 0.0) <= self.tuning.hop_days
                and self._direct(seed, key, self.tuning.hop_threshold) for seed in direct)}
        found = direct | hops
        line = self._lines.get(today)
        agreed = {key for key in found if line and self._lines.get(key) == line}
        if agreed:  # the storyline and the check agree: that is the thread, plus close kin
            found = agreed | {key for key in found - agreed if self._kin(today, key, agreed)}
        self._threads[today] = frozenset(found)
        return self._threads[today]

    def _same_line(self, one: str, other: str) -> bool:
        return bool(self._lines.get(one)) and self._lines.get(one) == self._lines.get(other)

    def _kin(self, today: str, key: str, agreed: set[str]) -> bool:
        """An accepted development outside today's storyline stays only when it shares a
        specific name with today's story and with an agreed development within `hop_days`."""
        return bool(self.shared(today, key)) and any(
            (self._days(key, seed) or 0.0) <= self.tuning.hop_days and self.shared(seed, key)
            for seed in agreed)

    def belongs(self, today: str, earlier: str) -> bool:
        """True when `earlier` tells part of `today`'s thread (see module docstring)."""
        return earlier in self.thread(today)
