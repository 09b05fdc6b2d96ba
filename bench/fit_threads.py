"""Fits the thread check's logistic weights (digest.editions.threads.ThreadModel) on tune.

Run: .venv/bin/python bench/fit_threads.py [--semantic]

For each day of the tune split, the day's history goes through the edition's own steps
(digest.editions.history.stories_at, background_of and thread_check); every pair of a story in
the day's news and an earlier development within the backstory's REACH is one example, its
signals from `ThreadCheck.signals`, its label whether the two stories' gold threads are the
same. Both models are L2-regularised logistic regressions (Newton's method on standardised
signals, in plain Python: no numpy, no scikit-learn): first the pair model on the signals,
then, with the pair model's weights as shipped (rounded), the thread model on the signals
plus `ThreadCheck.through_another`. It prints the constants to paste into threads.py
(FITTED_WEIGHTS, FITTED_BIAS, FITTED_THREAD_WEIGHTS, FITTED_THREAD_BIAS), then each split's
pair-level precision and recall at the threshold: tune's in-sample, the others' as the check.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from digest.editions.backstory import REACH, Development  # noqa: E402
from digest.editions.history import background_of, stories_at, thread_check  # noqa: E402
from digest.editions.threads import THREAD_SIGNALS, ThreadModel  # noqa: E402
from digest.stories.reading import parse_line  # noqa: E402
from digest.stories.semantic import Embedder, load_embedder  # noqa: E402
from digest.tagging import load_topic  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "backstory"
SPLITS = ("tune", "check", "fresh", "hard")
Example = tuple[tuple[float, ...], bool]


def rows_of(split: str) -> list[dict]:
    """The split's labelled reports."""
    return [json.loads(line) for line in (DATA / f"{split}.jsonl").open(encoding="utf-8")]


def examples(split: str | list[dict], embedder: Embedder | None = None,
             pair_model: ThreadModel | None = None) -> list[Example]:
    """(signals, same gold thread) for every (today's story, earlier development) pair of a
    split (or of its `rows`); with a `pair_model`, the signals end with `through_another` by
    that model's pair weights."""
    rows = rows_of(split) if isinstance(split, str) else split
    gold = {row["id"]: row["gold_thread"] for row in rows}
    items = [parse_line(json.dumps(row)) for row in rows]
    topic = load_topic("syria")

    def thread(story: Development) -> str:
        return Counter(gold[r.id] for r in story.reports).most_common(1)[0][0]

    found: list[Example] = []
    for day in sorted({row["published"][:10] for row in rows}):
        now = datetime.fromisoformat(f"{day}T23:59:00+00:00")
        history = [i for i in items if i.published <= now]
        today, earlier = stories_at(history, topic, now=now, embedder=embedder)
        check = thread_check(today, earlier, [topic], pair_model,
                             background_of(history, topic, now=now))
        for story in today:
            for development in earlier:
                if now - REACH <= development.date < now:
                    signals = check.signals(story.key, development.key)
                    if pair_model is not None:
                        signals += (check.through_another(story.key, development.key),)
                    found.append((signals, thread(story) == thread(development)))
    return found


def fit(data: list[Example], l2: float = 0.01, rounds: int = 50,
        ) -> tuple[list[float], float]:
    """Logistic regression weights and bias, in the signals' own units: Newton's method on
    standardised signals, minimising the mean log loss plus l2/2 times the squared weights."""
    width = len(data[0][0])
    mean = [sum(x[i] for x, _ in data) / len(data) for i in range(width)]
    spread = [math.sqrt(sum((x[i] - mean[i]) ** 2 for x, _ in data) / len(data)) or 1.0
              for i in range(width)]
    rows = [([1.0] + [(x[i] - mean[i]) / spread[i] for i in range(width)], float(y))
            for x, y in data]
    theta = [0.0] * (width + 1)  # bias first
    for _ in range(rounds):
        grad = [l2 * t if i else 0.0 for i, t in enumerate(theta)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(width + 1)]
                for i in range(width + 1)]
        for z, y in rows:
            p = 1 / (1 + math.exp(-sum(t * v for t, v in zip(theta, z, strict=True))))
            for i in range(width + 1):
                grad[i] += (p - y) * z[i] / len(rows)
                for j in range(width + 1):
                    hess[i][j] += p * (1 - p) * z[i] * z[j] / len(rows)
        step = _solve(hess, grad)
        theta = [t - d for t, d in zip(theta, step, strict=True)]
        if max(abs(d) for d in step) < 1e-10:
            break
    raw = [t / s for t, s in zip(theta[1:], spread, strict=True)]
    return raw, theta[0] - sum(w * m for w, m in zip(raw, mean, strict=True))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix @ x = vector (Gaussian elimination with partial pivoting)."""
    size = len(vector)
    rows = [[*row, value] for row, value in zip(matrix, vector, strict=True)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, size):
            factor = rows[r][col] / rows[col][col]
            rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    found = [0.0] * size
    for r in reversed(range(size)):
        found[r] = (rows[r][size] - sum(rows[r][c] * found[c] for c in range(r + 1, size))
                    ) / rows[r][r]
    return found


def fit_both(embedder: Embedder | None = None, rows: list[dict] | None = None,
             ) -> tuple[ThreadModel, list[Example]]:
    """The pair model fitted on tune (or on `rows`), then the thread model on its output (as
    shipped: weights rounded to 3 places), and the thread model's examples."""
    rows = rows_of("tune") if rows is None else rows
    weights, bias = fit(examples(rows, embedder))
    pair = ThreadModel(weights=_rounded(weights), bias=round(bias, 3))
    data = examples(rows, embedder, pair)
    thread_weights, thread_bias = fit(data)
    return ThreadModel(weights=pair.weights, bias=pair.bias,
                       thread_weights=_rounded(thread_weights),
                       thread_bias=round(thread_bias, 3)), data


def _rounded(weights: list[float]) -> tuple[float, ...]:
    return tuple(round(w, 3) for w in weights)


def pair_scores(data: list[Example], model: ThreadModel) -> str:
    chosen = positives = hits = 0
    for x, y in data:
        logit = model.thread_bias + sum(
            w * v for w, v in zip(model.thread_weights, x, strict=True))
        take = 1 / (1 + math.exp(-logit)) >= model.threshold
        chosen += take
        positives += y
        hits += take and y
    return (f"pairs {len(data)}, same thread {positives}: precision "
            f"{100 * hits / max(1, chosen):.1f}% recall {100 * hits / max(1, positives):.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semantic", action="store_true",
                        help="cluster on the semantic path (needs the `semantic` extra)")
    args = parser.parse_args()
    embedder = load_embedder("on") if args.semantic else None
    model, tune = fit_both(embedder)
    for name, weight, thread_weight in zip(THREAD_SIGNALS, (*model.weights, 0.0),
                                           model.thread_weights, strict=True):
        print(f"# {name:<32} pair {weight:8.3f}  thread {thread_weight:8.3f}")
    print("FITTED_WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in model.weights) + ")")
    print(f"FITTED_BIAS = {model.bias:.3f}")
    print("FITTED_THREAD_WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in model.thread_weights)
          + ")")
    print(f"FITTED_THREAD_BIAS = {model.thread_bias:.3f}")
    for split in SPLITS:
        if (DATA / f"{split}.jsonl").exists():
            data = tune if split == "tune" else examples(split, embedder, model)
            print(f"{split}: {pair_scores(data, model)}")


if __name__ == "__main__":
    main()
