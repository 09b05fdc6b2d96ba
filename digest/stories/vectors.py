"""TF-IDF profiles of items and the pairwise similarity that decides whether two share a story.

IDF comes from the batch being clustered, so words every item uses ("syria", "war") weigh
little and rare ones (a town, a person) weigh a lot. Title words count twice: headlines carry
the event, summaries add context that differs more between outlets.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from digest.stories.lexicon import PLACES
from digest.stories.model import StoryItem
from digest.stories.text import entities, tokens

Vector = Mapping[str, float]


@dataclass(frozen=True)
class Profile:
    """What the clusterer compares: a unit TF-IDF vector and idf-weighted entity names."""

    vector: Vector
    entities: Mapping[str, float]
    title_places: frozenset[str] = frozenset()


def _unit(weights: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(weight * weight for weight in weights.values()))
    if norm == 0:
        return {}
    return {term: weight / norm for term, weight in weights.items()}


def idf_table(documents: Sequence[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency, log((1 + N) / (1 + df)) + 1."""
    frequency: Counter[str] = Counter()
    for document in documents:
        frequency.update(set(document))
    total = len(documents)
    return {term: math.log((1 + total) / (1 + count)) + 1 for term, count in frequency.items()}


def build_profiles(items: Sequence[StoryItem]) -> list[Profile]:
    """One profile per item, in the same order; IDF is shared across the whole batch."""
    documents = []
    names = []
    places = []
    for item in items:
        title_tokens = tokens(item.title)
        places.append(frozenset(title_tokens) & PLACES)
        documents.append(title_tokens * 2 + tokens(item.summary))
        names.append(entities(item.title) | entities(item.summary))
    idf = idf_table(documents)
    profiles = []
    for document, found, where in zip(documents, names, places, strict=True):
        counts = Counter(document)
        weights = {term: (1 + math.log(count)) * idf[term] for term, count in counts.items()}
        # An entity that never reached the token stream (e.g. a stop-listed capital) is skipped.
        named = {name: idf[name] for name in found if name in idf}
        profiles.append(Profile(vector=_unit(weights), entities=named, title_places=where))
    return profiles


def cosine(first: Vector, second: Vector) -> float:
    """Dot product of two unit vectors (iterating over the shorter one)."""
    if len(first) > len(second):
        first, second = second, first
    return sum(weight * second.get(term, 0.0) for term, weight in first.items())


def entity_overlap(first: Mapping[str, float], second: Mapping[str, float]) -> float:
    """IDF weight of shared names over the weight of the smaller side's names, in [0, 1]."""
    if not first or not second:
        return 0.0
    shared = sum(weight for name, weight in first.items() if name in second)
    smaller = min(sum(first.values()), sum(second.values()))
    return shared / smaller if smaller else 0.0


def centroid(vectors: Iterable[Vector]) -> dict[str, float]:
    """Unit-length mean direction of several unit vectors (a story's profile)."""
    total: dict[str, float] = {}
    for vector in vectors:
        for term, weight in vector.items():
            total[term] = total.get(term, 0.0) + weight
    return _unit(total)
