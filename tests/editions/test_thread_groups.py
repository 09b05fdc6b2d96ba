"""Grouping a pool's stories into threads by average linkage."""

from __future__ import annotations

import itertools
import random

from digest.editions.thread_groups import average_linkage


def _similarity(pairs: dict[frozenset[str], float]):
    return lambda one, other: pairs.get(frozenset((one, other)), 0.0)


def _groups(found: dict[str, int]) -> list[list[str]]:
    return sorted(sorted(k for k in found if found[k] == g) for g in set(found.values()))


def test_a_development_weakly_linked_to_today_joins_the_thread_it_is_close_to() -> None:
    similarity = _similarity({
        frozenset(("today", "siege")): 0.9,
        frozenset(("today", "first-day")): 0.3,  # alone, too weak to tell
        frozenset(("siege", "first-day")): 0.8,
    })
    found = average_linkage(["today", "siege", "first-day"], similarity, cut=0.5)
    assert _groups(found) == [["first-day", "siege", "today"]]


def test_one_strong_pair_does_not_chain_two_threads_together() -> None:
    similarity = _similarity({
        frozenset(("aleppo-1", "aleppo-2")): 0.9,
        frozenset(("aleppo-2", "aleppo-3")): 0.9,
        frozenset(("aleppo-1", "aleppo-3")): 0.9,
        frozenset(("golan-1", "golan-2")): 0.9,
        frozenset(("aleppo-3", "golan-1")): 0.7,  # one shared name across threads
    })
    keys = ["aleppo-1", "aleppo-2", "aleppo-3", "golan-1", "golan-2"]
    found = average_linkage(keys, similarity, cut=0.5)
    assert _groups(found) == [["aleppo-1", "aleppo-2", "aleppo-3"], ["golan-1", "golan-2"]]


def test_it_keeps_every_story_alone_when_nothing_reaches_the_cut() -> None:
    found = average_linkage(["a", "b", "c"], _similarity({frozenset(("a", "b")): 0.4}), 0.5)
    assert _groups(found) == [["a"], ["b"], ["c"]]
    assert average_linkage([], _similarity({}), 0.5) == {}
    assert list(average_linkage(["only"], _similarity({}), 0.5)) == ["only"]


def test_it_finds_the_groups_greedy_average_linkage_finds() -> None:
    """The nearest-neighbour chain gives the textbook algorithm's groups (random pools)."""
    rng = random.Random(7)
    for _ in range(50):
        keys = [f"s{i}" for i in range(rng.randint(2, 14))]
        pairs = {frozenset(p): rng.random() for p in itertools.combinations(keys, 2)}
        cut = rng.uniform(0.3, 0.8)
        assert _groups(average_linkage(keys, _similarity(pairs), cut)) == _groups(
            _greedy(keys, pairs, cut))


def _greedy(keys: list[str], pairs: dict[frozenset[str], float], cut: float,
            ) -> dict[str, int]:
    """Textbook average linkage: join the two closest groups while they reach the cut."""
    groups = [[k] for k in keys]
    while len(groups) > 1:
        mean, i, j = max(
            (sum(pairs[frozenset((a, b))] for a in one for b in other) / (len(one) * len(other)),
             i, j)
            for (i, one), (j, other) in itertools.combinations(enumerate(groups), 2))
        if mean < cut:
            break
        groups[i] += groups.pop(j)
    return {k: n for n, group in enumerate(groups) for k in group}
