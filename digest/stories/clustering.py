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
from datetime import timedelta

from digest.stories.kinds import classify_kind
from digest.stories.model import Assignment, StoryItem
from digest.stories.semantic import Embedder, Embedding
from digest.stories.semantic import cosine as dot
from digest.stories.storylines import storyline_groups
from digest.stories.tuning import Tuning, default_tuning
from digest.stories.unionfind import UnionFind
from digest.stories.vectors import Profile, build_profiles, cosine, entity_overlap


def _key(prefix: str, seed: str, taken: set[str]) -> str:
    digest = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    key = f"{prefix}-{digest[:10]}"
    suffix = 2
    while key in taken:  # only when two groups share an earliest id (duplicate ids)
        key = f"{prefix}-{digest[:10]}-{suffix}"
        suffix += 1
    taken.add(key)
    return key


def _rescaled(similarity: float, floor: float) -> float:
    """An embedding cosine mapped so `floor` (unrelated texts) is 0 and 1 stays 1."""
    return max(0.0, (similarity - floor) / (1.0 - floor))


def pair_score(
    first: StoryItem,
    second: StoryItem,
    one: Profile,
    other: Profile,
    tuning: Tuning,
    meaning: float | None = None,
) -> float:
    """How strongly two items look like reports of one event, roughly in [0, 1].

    `meaning` is the embedding cosine of the two items on the semantic path (None without).
    """
    text = cosine(one.vector, other.vector)
    if meaning is not None:
        weight = tuning.semantic_weight
        text = (1 - weight) * text + weight * _rescaled(meaning, tuning.semantic_floor)
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
    ordered: Sequence[StoryItem],
    profiles: Sequence[Profile],
    window: timedelta,
    tuning: Tuning,
    embeddings: Sequence[Embedding] | None,
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
            meaning = None if embeddings is None else dot(embeddings[i], embeddings[j])
            score = pair_score(first, second, profiles[i], profiles[j], tuning, meaning)
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


def cluster_with(
    items: Sequence[StoryItem],
    window: timedelta,
    tuning: Tuning,
    embedder: Embedder | None = None,
) -> list[Assignment]:
    """`cluster_items` with explicit tuning (the benchmark sweeps these knobs)."""
    order = sorted(
        range(len(items)),
        key=lambda n: (items[n].published, items[n].id, items[n].link, items[n].title),
    )
    ordered = [items[n] for n in order]
    profiles = build_profiles(ordered)
    embeddings = None
    if embedder is not None:
        embeddings = embedder.embed([f"{item.title}. {item.summary}" for item in ordered])
    stories = _story_groups(ordered, profiles, window, tuning, embeddings)
    story_keys: set[str] = set()
    line_keys: set[str] = set()
    story_of: dict[int, str] = {}
    line_of: dict[int, str] = {}
    # Groups list members in canonical order, so member 0 is the earliest item.
    for story in sorted(stories):
        key = _key("s", ordered[story[0]].id, story_keys)
        for index in story:
            story_of[index] = key
    for line in sorted(storyline_groups(ordered, profiles, stories, tuning, embeddings)):
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
    items: Sequence[StoryItem],
    *,
    window: timedelta = timedelta(days=3),
    embedder: Embedder | None = None,
) -> list[Assignment]:
    """Story, storyline and kind for each item, in input order (see module docstring).

    With an `embedder` (see semantic.py; the edges pass one from DIGEST_SEMANTIC) the meaning
    of the texts joins the word overlap in both scores.
    """
    return cluster_with(items, window, default_tuning(embedder is not None), embedder)
