"""Group items into stories (same event) and stories into storylines (same thread).

Contract of `cluster_items`: pure and deterministic. Items are first put in a canonical order
(published, id, link, title), so the keys do not depend on input order; one Assignment comes
back per input item, in input order.

Stories: pairs of items within `window` of each other are scored by TF-IDF cosine plus shared
named entities, damped by the time between them; pairs above the threshold are merged
greedily, strongest first, under average linkage (two groups merge only if their mean pairwise
score clears the threshold too), which stops one loose pair from chaining two events together.
Analysis items stay alone in their story: an explainer or a column about an event is not a
report of it, and an edition shows it apart ("Digging real deep"), not under "Also reported by".
Storylines: stories whose centroids are alike and that lie within `storyline_window` of each
other are joined transitively, so a thread can run for weeks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from digest.stories.kinds import classify_kind
from digest.stories.model import Assignment, StoryItem
from digest.stories.unionfind import UnionFind
from digest.stories.vectors import Profile, build_profiles, centroid, cosine, entity_overlap


@dataclass(frozen=True)
class Tuning:
    """Knobs of the story scorer; defaults were chosen on tests/data/stories/dev_tune.jsonl."""

    text_weight: float = 0.6
    entity_weight: float = 0.4
    threshold: float = 0.08
    grace_hours: float = 6.0  # no time penalty while reports are this close
    half_life_hours: float = 24.0  # beyond the grace, the score halves after this long
    same_source_penalty: float = 0.5  # an outlet rarely files the same event twice
    place_conflict_penalty: float = 0.5  # headlines naming different towns, none in common
    storyline_threshold: float = 0.12
    storyline_window: timedelta = timedelta(days=30)


def _key(prefix: str, seed: str, taken: set[str]) -> str:
    digest = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    key = f"{prefix}-{digest[:10]}"
    suffix = 2
    while key in taken:  # only when two groups share an earliest id (duplicate ids)
        key = f"{prefix}-{digest[:10]}-{suffix}"
        suffix += 1
    taken.add(key)
    return key


def pair_score(
    first: StoryItem, second: StoryItem, one: Profile, other: Profile, tuning: Tuning
) -> float:
    """How strongly two items look like reports of one event, roughly in [0, 1]."""
    text = cosine(one.vector, other.vector)
    names = entity_overlap(one.entities, other.entities)
    score = tuning.text_weight * text + tuning.entity_weight * names * min(1.0, 2 * text)
    hours = abs((first.published - second.published).total_seconds()) / 3600
    late = max(0.0, hours - tuning.grace_hours)
    score /= 1 + late / tuning.half_life_hours
    if one.title_places and other.title_places and not one.title_places & other.title_places:
        score *= tuning.place_conflict_penalty
    if first.source and first.source == second.source:
        score *= tuning.same_source_penalty
    return score


def _story_groups(
    ordered: Sequence[StoryItem], profiles: Sequence[Profile], window: timedelta, tuning: Tuning
) -> list[list[int]]:
    kinds = [classify_kind(item) for item in ordered]
    scores: dict[tuple[int, int], float] = {}
    for i, first in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            second = ordered[j]
            if second.published - first.published > window:
                break  # ordered by time, so every later item is further away
            if kinds[i] == "analysis" or kinds[j] == "analysis":
                continue
            score = pair_score(first, second, profiles[i], profiles[j], tuning)
            if score >= tuning.threshold:
                scores[(i, j)] = score
    groups = UnionFind(len(ordered))
    for i, j in sorted(scores, key=lambda pair: (-scores[pair], pair)):
        left, right = groups.members(i), groups.members(j)
        if left is right:
            continue
        total = sum(scores.get((min(a, b), max(a, b)), 0.0) for a in left for b in right)
        if total / (len(left) * len(right)) >= tuning.threshold:
            groups.union(i, j)
    return groups.groups()


def _storyline_groups(
    ordered: Sequence[StoryItem],
    profiles: Sequence[Profile],
    stories: list[list[int]],
    tuning: Tuning,
) -> list[list[int]]:
    vectors = [centroid(profiles[index].vector for index in story) for story in stories]
    spans = [
        (min(ordered[i].published for i in story), max(ordered[i].published for i in story))
        for story in stories
    ]
    lines = UnionFind(len(stories))
    for a in range(len(stories)):
        for b in range(a + 1, len(stories)):
            gap = max(spans[a][0], spans[b][0]) - min(spans[a][1], spans[b][1])
            if gap > tuning.storyline_window:
                continue
            if cosine(vectors[a], vectors[b]) >= tuning.storyline_threshold:
                lines.union(a, b)
    return lines.groups()


def cluster_with(items: Sequence[StoryItem], window: timedelta, tuning: Tuning) -> list[Assignment]:
    """`cluster_items` with explicit tuning (the benchmark sweeps these knobs)."""
    order = sorted(
        range(len(items)),
        key=lambda n: (items[n].published, items[n].id, items[n].link, items[n].title),
    )
    ordered = [items[n] for n in order]
    profiles = build_profiles(ordered)
    stories = _story_groups(ordered, profiles, window, tuning)
    story_keys: set[str] = set()
    line_keys: set[str] = set()
    story_of: dict[int, str] = {}
    line_of: dict[int, str] = {}
    # Groups list members in canonical order, so member 0 is the earliest item.
    for story in sorted(stories):
        key = _key("s", ordered[story[0]].id, story_keys)
        for index in story:
            story_of[index] = key
    for line in sorted(_storyline_groups(ordered, profiles, stories, tuning)):
        first = min(stories[number][0] for number in line)
        key = _key("l", ordered[first].id, line_keys)
        for number in line:
            for index in stories[number]:
                line_of[index] = key
    by_position = {position: index for index, position in enumerate(order)}
    return [
        Assignment(
            id=item.id,
            story=story_of[by_position[position]],
            storyline=line_of[by_position[position]],
            kind=classify_kind(item),
        )
        for position, item in enumerate(items)
    ]


def cluster_items(
    items: Sequence[StoryItem], *, window: timedelta = timedelta(days=3)
) -> list[Assignment]:
    """Story, storyline and kind for each item, in input order (see module docstring)."""
    return cluster_with(items, window, Tuning())
