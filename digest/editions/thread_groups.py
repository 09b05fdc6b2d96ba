"""Pure grouping of a pool's stories into threads by average linkage.

The thread check weighs each earlier development against today's story on its own; a
thread is a group, though, and the group says more than any one pair. A development weakly
linked to today's story but close to the thread's other developments belongs to it; one
that shares a name with today's story but nothing with the rest of its thread does not.
Average linkage (UPGMA) decides on the group: two groups join while the mean of their
members' pair similarities is at least `cut`, so one strong pair alone never joins two
threads (single linkage's chaining) and one weak pair alone never splits one.

`average_linkage` runs the nearest-neighbour chain algorithm (Murtagh 1983): every merge of
average linkage in O(n^2) time for n stories, exact, whatever the order it finds them in,
because average linkage is reducible (a merge never brings a group closer to a third).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Similarity = Callable[[str, str], float]  # symmetric, 0 to 1


def average_linkage(keys: Sequence[str], similarity: Similarity, cut: float,
                    ) -> dict[str, int]:
    """Each key's group number: keys share one when average linkage joins their groups at a
    mean similarity of at least `cut`. Deterministic for a given order of `keys`."""
    size = len(keys)
    sims: dict[int, dict[int, float]] = {i: {} for i in range(size)}
    for i in range(size):
        for j in range(i + 1, size):
            sims[i][j] = sims[j][i] = similarity(keys[i], keys[j])
    members = {i: 1 for i in range(size)}  # active group -> its size
    parent = list(range(2 * size))  # union-find over groups, new groups numbered from size
    chain: list[int] = []
    new = size
    while len(members) > 1:
        if not chain:
            chain.append(min(members))
        last = chain[-1]
        previous = chain[-2] if len(chain) > 1 else None
        # The previous link wins ties, so the chain always ends in a reciprocal pair.
        best = max(sims[last], key=lambda g: (sims[last][g], g == previous, -g))
        if best != previous:
            chain.append(best)
            continue
        chain.pop()
        chain.pop()
        height = sims[last][best]
        merged = {g: (members[last] * sims[last][g] + members[best] * sims[best][g])
                  / (members[last] + members[best])
                  for g in members if g not in (last, best)}
        for g in (last, best):
            for other in sims.pop(g):
                if other not in (last, best):
                    del sims[other][g]
        sims[new] = merged
        for g, value in merged.items():
            sims[g][new] = value
        members[new] = members.pop(last) + members.pop(best)
        if height >= cut:
            parent[last] = parent[best] = new
        new += 1
    return {key: _root(parent, i) for i, key in enumerate(keys)}


def _root(parent: list[int], group: int) -> int:
    while parent[group] != group:
        group = parent[group]
    return group
