"""Measuring a topic against a labelled TSV (columns title, summary, label = 1/0).

Contract: `read_labelled_tsv` raises ValueError naming the file, line and problem;
`evaluate` is pure and returns counts, precision/recall/F1 and the misclassified rows.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from digest.tagging.scoring import Assessment, assess
from digest.tagging.topic import Topic

_REQUIRED_COLUMNS = ("title", "summary", "label")


@dataclass(frozen=True)
class LabelledItem:
    line: int
    title: str
    summary: str
    label: bool


@dataclass(frozen=True)
class Mistake:
    item: LabelledItem
    verdict: Assessment


@dataclass(frozen=True)
class Evaluation:
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    mistakes: tuple[Mistake, ...]

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_labelled_tsv(path: Path) -> list[LabelledItem]:
    """Rows of a tab-separated file with a header naming title, summary and label."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as error:
        raise ValueError(f"{path}: cannot be read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path}: is not UTF-8 text") from None
    if not rows:
        raise ValueError(f"{path}: is empty")
    header = [name.strip().lower() for name in rows[0]]
    missing = [name for name in _REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ValueError(f"{path}: header lacks column(s) {', '.join(missing)}")
    at = {name: header.index(name) for name in _REQUIRED_COLUMNS}
    items = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = row + [""] * (len(header) - len(row))
        label = cells[at["label"]].strip()
        if label not in ("0", "1"):
            raise ValueError(f"{path}: line {line}: label must be 1 or 0, got {label!r}")
        items.append(LabelledItem(line, cells[at["title"]], cells[at["summary"]], label == "1"))
    return items


def evaluate_with(
    predict: Callable[[LabelledItem], Assessment], items: Iterable[LabelledItem]
) -> Evaluation:
    """Compare any predictor's verdicts with the labels."""
    counts = {(True, True): 0, (True, False): 0, (False, True): 0, (False, False): 0}
    mistakes = []
    for item in items:
        verdict = predict(item)
        counts[(verdict.tagged, item.label)] += 1
        if verdict.tagged != item.label:
            mistakes.append(Mistake(item, verdict))
    return Evaluation(
        true_positives=counts[(True, True)],
        false_positives=counts[(True, False)],
        false_negatives=counts[(False, True)],
        true_negatives=counts[(False, False)],
        mistakes=tuple(mistakes),
    )


def evaluate(topic: Topic, items: Iterable[LabelledItem]) -> Evaluation:
    """How well `topic` reproduces the labels."""
    return evaluate_with(lambda item: assess(topic, item.title, item.summary), items)


def naive_verdict(word: str) -> Callable[[LabelledItem], Assessment]:
    """The baseline every topic must beat: the bare word anywhere in the lower-cased text."""

    def predict(item: LabelledItem) -> Assessment:
        found = word in f"{item.title} {item.summary}".lower()
        return Assessment(f"naive:{word}", float(found), f"{word!r} in text: {found}", found)

    return predict
