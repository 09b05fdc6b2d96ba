"""Disjoint sets over 0..n-1 that also keep each set's members (for average linkage)."""

from __future__ import annotations


class UnionFind:
    """Union by size with path halving; `members` lists a set's elements in ascending order."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))
        self._members: dict[int, list[int]] = {n: [n] for n in range(size)}

    def find(self, element: int) -> int:
        parent = self._parent
        while parent[element] != element:
            parent[element] = parent[parent[element]]
            element = parent[element]
        return element

    def members(self, element: int) -> list[int]:
        """The (shared, do not mutate) sorted member list of element's set."""
        return self._members[self.find(element)]

    def union(self, first: int, second: int) -> None:
        root_a, root_b = self.find(first), self.find(second)
        if root_a == root_b:
            return
        if len(self._members[root_a]) < len(self._members[root_b]):
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._members[root_a] = sorted(self._members[root_a] + self._members.pop(root_b))

    def groups(self) -> list[list[int]]:
        """Every set as a sorted list, sets ordered by their smallest element."""
        return sorted(self._members.values())
