"""Pure thread check: is an earlier story part of the thread of a story in today's news?

Storylines (digest.stories.cluster_items) join stories whose word profiles are alike,
transitively, and so sometimes run two threads together (two offensives in the same weeks
share "rebels", "regime", "Syria"). The backstory must never tell a reader about the wrong
thread, so each earlier development is checked against today's story on its own, from
signals of the pair:

- **words**: cosine of the two stories' TF-IDF centroids (digest.stories.vectors); a word's
  IDF counts the pool's stories and the `background`, the topic's reports of the past year
  (a word that fills this month's pool, "election" in an election month, is still rare in the
  topic's news and says much about a pair that shares it);
- **names**: the weighted share of the smaller story's specific names that the other story
  carries too, and whether they share any. Specific names are the topic's entities (by the
  topic file's aliases; the country entity, `listable`, does not count), names capitalised
  mid-sentence (digest.stories.text.entities) and distinctive event types
  (digest.editions.event_types: chemical weapons, the quake, drugs ...). Institutions,
  agencies, dates and the capital (GENERIC_WORDS) never count. A name weighs by its rarity in
  the pool (log IDF): one that most stories of the period carry weighs least, but still
  counts, because in weeks one thread dominates ("Idlib" in February 2020) its own names are
  what link its developments;
- **headlines**: the content words the two stories' headlines share, as a share of all their
  headline words (Jaccard). A headline states its event in a few words, so developments of
  one thread share its actors, place and verb there ("rebels", "Aleppo", "capture") more
  than in their summaries' background;
- **reports today**: the log of how many reports today's story has (at most SIZE_CAP). It
  weighs negative: a story many outlets ran carries more names and words, so shares more
  with other threads by chance, and the clusterer has often folded the thread's last days
  into it, so fewer of the earlier stories left are its thread's;
- **storyline**: whether the clusterer linked them;
- **time**: the log of the days between the two (parallel threads of the same weeks share
  more and more background as a thread moves on);
- **closeness**: the words cosine as a share of today's story's closest earlier story's, and
  of the earlier story's closest (how close a development is says more beside how close the
  closest one is: some pools share more background than others). The closest counts as at
  least CLOSEST_FLOOR: in a thin pool the closest of unrelated stories is unrelated too.

Every signal reads a report's summary without its wire dateline ("BEIRUT (Reuters) - ",
digest.editions.sentences.without_dateline): where a report was filed says nothing of its
thread, and a quarter of tune's reports carry one.

A logistic model (`ThreadModel.weights`) weighs them into the probability that the two are
one thread (`pair_probability`). A second one (`ThreadModel.thread_weights`) weighs the same
signals plus one more:

- **through another**: the strongest link from today's story to the development through a
  third story of the pool, the smaller of the two pair probabilities ("Damascus falls" says
  nothing of the offensive's first day, but "rebels enter Aleppo", close to both, does).

A thread is a group, though, and the group says more than any one pair. The whole pool is
grouped by average linkage over the pair model's probabilities (`group`,
digest.editions.thread_groups): two groups join while the mean probability of their members'
pairs reaches `cut`. A development weakly linked to today's story but close to the rest of
its thread is in today's group; one sharing a name with today's story and nothing with the
rest of its thread is not. The development belongs when it is in today's group and the
thread model's probability (`probability`) reaches `threshold`. When fewer than GROUP_MIN
earlier developments of today's group reach it (a thread told over weeks is a chain, and in a
thin pool average linkage can split it; a group of two is one pair and says no more than it),
the probability alone decides, at the higher bar `alone`. Stories grouped on the
semantic path (digest.stories.semantic) have their own three (`semantic_threshold`,
`semantic_cut`, `semantic_alone`): they merge more reports, so the same weights give them
lower probabilities.

The weights are fitted, not chosen by hand: `bench/fit_threads.py` fits them on the tune
split of tests/data/backstory (every pair of a story in a day's news and an earlier
development within the backstory's reach, labelled by the gold threads), the pair model
first and the thread model on its output, and prints the constants to paste below;
the thresholds and cuts were chosen by leave-one-year-out cross-validation on the same split
(`bench/backstory_cv.py`, `--semantic` for the semantic path's). An earlier rule set (hand-set
thresholds, storyline agreement) fitted its tune split and fell 15 points short of it on the
check split.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from digest.editions.event_types import event_types
from digest.editions.sentences import without_dateline
from digest.editions.thread_groups import average_linkage
from digest.stories.text import entities, tokens
from digest.stories.vectors import Vector, cosine, idf_table
from digest.tagging.topic import Role, Topic

Names = Callable[[str, str], frozenset[str]]  # (title, summary) -> specific names

# Capitalised words that name institutions, titles, news agencies, dates or the world at
# large, not an actor, place or event of one thread ("the Syrian Observatory for Human
# Rights", "the UN", "US officials", "UN Secretary-General", "told Reuters", "on 3 May"), and
# the capital, which every thread passes through. Written as a reader spells them; names are
# compared in their canonical form (`generic_names`: "United States" is "unit", "stat").
GENERIC_WORDS = (
    "army national democratic human rights observatory us un united nations state states "
    "president government ministry minister interior defence defense foreign media council "
    "security force forces official officials western arab islamic international damascus "
    "capital city province north south east west isis secretary general spokesman "
    "european union eu uk reuters ap afp sana tens dozens hundreds thousands "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec"
)


@functools.cache
def generic_names() -> frozenset[str]:
    """GENERIC_WORDS as the thread check's names spell them (raw and canonical tokens)."""
    words = GENERIC_WORDS.split()
    return frozenset(words) | frozenset(token for word in words for token in tokens(word))


# The pair's signals, in `ThreadCheck.signals` order, and the two models' weights and biases
# as `bench/fit_threads.py` fits them on the tune split (a test fails when they differ).
SIGNALS = ("words", "name overlap", "shares a name", "same storyline", "log days",
           "of today's closest", "of the earlier story's closest", "names in common",
           "log reports today", "headline overlap")
THREAD_SIGNALS = (*SIGNALS, "through another")
FITTED_WEIGHTS = (5.260, 1.086, 0.841, 0.628, -0.602, 0.734, 1.639, 4.048, -1.075, 6.824)
FITTED_BIAS = -3.044
FITTED_THREAD_WEIGHTS = (3.291, 0.875, 0.535, 0.117, -0.534, 1.358, 1.902, 2.745, -0.799, 4.835,
                         2.709)
FITTED_THREAD_BIAS = -4.012
# "Closest" is measured against at least this cosine: in a thin pool (a week when the topic
# has a handful of stories) the closest of unrelated stories is unrelated too, and a ratio to
# it made a pair sharing only "Assad" look like one thread. About one of tune's stories in 20
# has a closest earlier story below it; 0.1 (one in 10) cost the fall of Damascus its Aleppo.
CLOSEST_FLOOR = 0.07
# Today's story counts at most this many reports: tune's stories have 1 to 7, and a story
# that many outlets ran should not be taken further from its thread than any story fitted.
SIZE_CAP = 8
# A group says more than its pairs only from this many earlier developments (with today's
# story, three stories): one earlier development in today's group is one pair, and a thin
# week's pair of unrelated stories is often each other's closest (the Alawite kidnappings and
# the Damascus book fair, tests/editions/test_history.py).
GROUP_MIN = 2
BACKGROUND_REACH = timedelta(days=365)  # the topic's reports that count for IDF
# The most recent that many, each summary's first that many characters (a lede carries its
# distinctive words): tokenising the background adds about 0.2 s to the check at these
# bounds, once per list per build (bench/threads.py). Every report of the backstory set fits.
BACKGROUND_CAP = 2000
BACKGROUND_CHARS = 600


@dataclass(frozen=True)
class ThreadModel:
    """Logistic weights of the pair model and of the thread model, and how the thread check
    decides on the default path's stories and the semantic path's (module docstring)."""

    weights: tuple[float, ...] = FITTED_WEIGHTS
    bias: float = FITTED_BIAS
    thread_weights: tuple[float, ...] = FITTED_THREAD_WEIGHTS
    thread_bias: float = FITTED_THREAD_BIAS
    # Chosen together by cross-validation on tune (bench/backstory_cv.py; --semantic for the
    # semantic path's): the probability in today's group, the groups' cut, and the
    # probability alone when fewer than GROUP_MIN of the group's earlier developments reach
    # the first.
    threshold: float = 0.45
    cut: float = 0.5
    alone: float = 0.6
    semantic_threshold: float = 0.3
    semantic_cut: float = 0.475
    semantic_alone: float = 0.6


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
    """Weighs earlier stories against today's; built once per edition over the whole pool."""

    def __init__(self, stories: Sequence[ThreadText], names: Names = capitalised_names,
                 model: ThreadModel | None = None,
                 background: Iterable[tuple[str, str]] = (), semantic: bool = False) -> None:
        """`background`: (title, summary) of the topic's reports of the past year, counted
        for IDF only (BACKGROUND_REACH, BACKGROUND_CAP, BACKGROUND_CHARS); `semantic`: the
        stories were grouped on the semantic path (its threshold decides)."""
        # A wire dateline ("BEIRUT (Reuters) - ") names where a report was filed, not what
        # it is about: shared by unrelated stories, it is read as neither a word nor a name.
        stories = [replace(s, texts=tuple((t, without_dateline(m)) for t, m in s.texts))
                   for s in stories]
        background = ((t, without_dateline(m)) for t, m in background)
        self.model = model or ThreadModel()
        self.threshold = self.model.semantic_threshold if semantic else self.model.threshold
        self.cut = self.model.semantic_cut if semantic else self.model.cut
        self.alone = self.model.semantic_alone if semantic else self.model.alone
        self._groups: dict[str, int] | None = None
        self._names: dict[str, frozenset[str]] = {}
        self._vectors: dict[str, Vector] = {}
        self._lines = {s.key: s.storyline for s in stories}
        self._dates = {s.key: s.date for s in stories if s.date is not None}
        self._closest_words: dict[tuple[str, str], float] = {}
        self._pairs: dict[tuple[str, str], float] = {}
        self._chances: dict[tuple[str, str], float] = {}
        self._ranked: dict[str, list[tuple[str, float]]] = {}
        self._cosines: dict[tuple[str, str], float] = {}
        self._neighbours: dict[str, list[tuple[float, str]]] = {}
        self._threads: dict[str, frozenset[str]] = {}
        self._sizes = {s.key: min(len(s.texts), SIZE_CAP) for s in stories}
        titles = {s.key: [tokens(t) for t, _ in s.texts] for s in stories}
        self._headlines = {key: frozenset(w for words in found for w in words)
                           for key, found in titles.items()}
        documents = {s.key: [w for words, (_, m) in zip(titles[s.key], s.texts, strict=True)
                             for w in words * 2 + tokens(m)] for s in stories}
        idf = idf_table([*documents.values(),
                         *(tokens(t) * 2 + tokens(m) for t, m in background)])
        for story in stories:
            counts = Counter(documents[story.key])
            self._vectors[story.key] = _unit(
                {w: (1 + math.log(c)) * idf[w] for w, c in counts.items()})
            found: set[str] = set()
            for title, summary in story.texts:
                found |= names(title, summary)
            self._names[story.key] = frozenset(found) - generic_names()
        share = Counter(name for found in self._names.values() for name in found)
        total = len(stories)
        self._weight = {name: math.log((1 + total) / (1 + count)) + 1
                        for name, count in share.items()}

    def names(self, key: str) -> frozenset[str]:
        """The story's specific names and event types (generic ones left out)."""
        return self._names.get(key, frozenset())

    def shared(self, today: str, earlier: str) -> frozenset[str]:
        return self.names(today) & self.names(earlier)

    def signals(self, today: str, earlier: str) -> tuple[float, ...]:
        """The pair's signals, in `SIGNALS` order."""
        mine, theirs = self.names(today), self.names(earlier)
        shared = mine & theirs
        smaller = min(sum(self._weight[n] for n in mine), sum(self._weight[n] for n in theirs))
        overlap = sum(self._weight[n] for n in shared) / smaller if smaller else 0.0
        line = self._lines.get(today)
        same_line = bool(line) and line == self._lines.get(earlier)
        first, second = self._dates.get(today), self._dates.get(earlier)
        days = abs((first - second).total_seconds()) / 86400 if first and second else 0.0
        words = self._words(today, earlier)
        closest = self._closest(today, today)
        # Today's story counts among the earlier story's candidates: 1.0 when it is closest.
        theirs_closest = max(words, self._closest(earlier, today))
        return (words, overlap, float(bool(shared)), float(same_line), math.log1p(days),
                words / max(closest, CLOSEST_FLOOR),
                words / max(theirs_closest, CLOSEST_FLOOR),
                _jaccard(mine, theirs),
                math.log(self._sizes.get(today, 1)),
                _jaccard(self._headlines.get(today, frozenset()),
                         self._headlines.get(earlier, frozenset())))

    def _words(self, one: str, other: str) -> float:
        pair = (one, other) if one < other else (other, one)
        if pair not in self._cosines:
            self._cosines[pair] = cosine(self._vectors.get(one, {}),
                                         self._vectors.get(other, {}))
        return self._cosines[pair]

    def _closest(self, key: str, today: str) -> float:
        """The words cosine of `key` to its closest other story from before `today`'s."""
        if (key, today) not in self._closest_words:
            if key not in self._neighbours:  # every other story, closest first
                self._neighbours[key] = sorted(
                    ((self._words(key, other), other) for other in self._vectors
                     if other != key), reverse=True)
            date = self._dates.get(today)
            self._closest_words[key, today] = next(
                (words for words, other in self._neighbours[key] if other != today
                 and (date is None or self._dates.get(other, date) < date)), 0.0)
        return self._closest_words[key, today]

    def pair_probability(self, later: str, earlier: str) -> float:
        """How likely two stories are one thread, by the pair model alone."""
        if (later, earlier) not in self._pairs:
            self._pairs[later, earlier] = _logistic(
                self.model.bias, self.model.weights, self.signals(later, earlier))
        return self._pairs[later, earlier]

    def through_another(self, today: str, earlier: str) -> float:
        """The strongest link from `today` to `earlier` through a third story from before
        today's: the smaller of its two pair probabilities (module docstring)."""
        best = 0.0
        # Strongest first: once the first link is no stronger than the best path found, no
        # later story can beat it (a path is as strong as its weaker link).
        for other, first in self._links(today):
            if first <= best:
                break
            if other != earlier:
                best = max(best, min(first, self._either_way(other, earlier)))
        return best

    def _links(self, today: str) -> list[tuple[str, float]]:
        """The stories from before `today`'s with their pair probability, strongest first."""
        if today not in self._ranked:
            date = self._dates.get(today)
            self._ranked[today] = sorted(
                ((other, self.pair_probability(today, other)) for other in self._vectors
                 if other != today and (date is None or self._dates.get(other, date) < date)),
                key=lambda link: (-link[1], link[0]))
        return self._ranked[today]

    def _either_way(self, one: str, other: str) -> float:
        """The pair probability with the later story in today's place."""
        first, second = self._dates.get(one), self._dates.get(other)
        if first is not None and second is not None and first < second:
            return self.pair_probability(other, one)
        return self.pair_probability(one, other)

    def probability(self, today: str, earlier: str) -> float:
        """How likely `earlier` is a development of `today`'s thread, by the thread model."""
        # Kept: `thread` asks again for today's group when the `alone` bar decides.
        if (today, earlier) not in self._chances:
            self._chances[today, earlier] = _logistic(
                self.model.thread_bias, self.model.thread_weights,
                (*self.signals(today, earlier), self.through_another(today, earlier)))
        return self._chances[today, earlier]

    def group(self, key: str) -> int:
        """The story's thread group: average linkage over the whole pool by the pair model's
        probabilities, joined at `cut` (digest.editions.thread_groups)."""
        if self._groups is None:
            self._groups = average_linkage(sorted(self._vectors), self._either_way, self.cut)
        return self._groups.get(key, -1)

    def thread(self, today: str) -> frozenset[str]:
        """The stories of the pool that tell `today`'s thread (module docstring)."""
        if today not in self._threads:
            others = [key for key in self._vectors if key != today]
            grouped = {key for key in others if self.group(key) == self.group(today)
                       and self.probability(today, key) >= self.threshold}
            # A thread told over weeks is a chain, and average linkage can split a chain
            # where a thin pool leaves no story between its links; when fewer than GROUP_MIN
            # earlier developments of today's group reach the threshold, the probabilities
            # alone decide, at the higher bar.
            if sum(self._before(key, today) for key in grouped) < GROUP_MIN:
                grouped = {key for key in others if self.probability(today, key) >= self.alone}
            self._threads[today] = frozenset(grouped)
        return self._threads[today]

    def _before(self, key: str, today: str) -> bool:
        """Whether `key` was first reported before `today` (undated: counted as before)."""
        first, second = self._dates.get(key), self._dates.get(today)
        return first is None or second is None or first < second

    def belongs(self, today: str, earlier: str) -> bool:
        """True when `earlier` tells part of `today`'s thread (see module docstring)."""
        return earlier in self.thread(today)


def _jaccard(one: frozenset[str], other: frozenset[str]) -> float:
    """The share of the two sets' members they have in common (0 for two empty sets)."""
    both = one | other
    return len(one & other) / len(both) if both else 0.0


def _logistic(bias: float, weights: Sequence[float], signals: Sequence[float]) -> float:
    logit = bias + sum(w * x for w, x in zip(weights, signals, strict=True))
    return 1 / (1 + math.exp(-logit))
