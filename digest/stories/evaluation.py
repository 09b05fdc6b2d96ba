"""Scores of a clustering against gold labels: pairwise precision/recall/F1 and accuracy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PairScore:
    precision: float
    recall: float
    f1: float


def _pairs(count: int) -> int:
    return count * (count - 1) // 2


def pairwise_f1(gold: Mapping[str, str], predicted: Mapping[str, str]) -> PairScore:
    """Pairwise scores over item ids present in gold: a pair is positive if both share a key.

    With no positive pairs on one side, its precision (or recall) counts as 1.0.
    """
    ids = sorted(gold)
    together = Counter((gold[i], predicted[i]) for i in ids)
    true_pairs = sum(_pairs(count) for count in together.values())
    gold_pairs = sum(_pairs(count) for count in Counter(gold[i] for i in ids).values())
    predicted_pairs = sum(_pairs(count) for count in Counter(predicted[i] for i in ids).values())
    return _score(true_pairs, gold_pairs, predicted_pairs)


def _score(true_pairs: int, gold_pairs: int, predicted_pairs: int) -> PairScore:
    precision = true_pairs / predicted_pairs if predicted_pairs else 1.0
    recall = true_pairs / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScore(precision, recall, f1)


def accuracy(gold: Mapping[str, str], predicted: Mapping[str, str]) -> float:
    """Share of gold ids whose predicted label equals the gold one (1.0 when gold is empty)."""
    if not gold:
        return 1.0
    return sum(1 for key, label in gold.items() if predicted.get(key) == label) / len(gold)


def misses(gold: Mapping[str, str], predicted: Mapping[str, str]) -> Sequence[str]:
    """Ids whose predicted label differs from gold, sorted (for reports)."""
    return sorted(key for key, label in gold.items() if predicted.get(key) != label)


def pairwise_f1_within(
    gold: Mapping[str, str],
    predicted: Mapping[str, str],
    times: Mapping[str, float],
    reach: float,
) -> PairScore:
    """Pairwise scores counting only pairs of ids whose `times` (seconds) are <= `reach` apart.

    This is what a reader sees: a backstory looks back a month, so links between reports
    years apart matter less than a wrong link between two threads of the same weeks.
    """
    ids = sorted(gold, key=lambda key: (times[key], key))
    true_pairs = gold_pairs = predicted_pairs = 0
    for n, first in enumerate(ids):
        for second in ids[n + 1 :]:
            if times[second] - times[first] > reach:
                break
            same_gold = gold[first] == gold[second]
            same_predicted = predicted[first] == predicted[second]
            gold_pairs += same_gold
            predicted_pairs += same_predicted
            true_pairs += same_gold and same_predicted
    return _score(true_pairs, gold_pairs, predicted_pairs)
