"""Fits the thread check's logistic weights (digest.editions.threads.ThreadModel) on tune.

Run: .venv/bin/python bench/fit_threads.py [--semantic]

For each day of the tune split, the day's history goes through the edition's own steps
(digest.editions.history.stories_at and thread_check); every pair of a story in the day's news
and an earlier development within the backstory's REACH is one example, its signals from
`ThreadCheck.signals`, its label whether the two stories' gold threads are the same. The
weights are an L2-regularised logistic regression (plain gradient descent on standardised
signals: no numpy, no scikit-learn). It prints the constants to paste into threads.py, then
each split's pair-level precision and recall at probability 0.5, tune's in-sample and the
other splits' as the check (never fitted on).
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
from digest.editions.history import stories_at, thread_check  # noqa: E402
from digest.editions.threads import ThreadModel  # noqa: E402
from digest.stories.reading import parse_line  # noqa: E402
from digest.stories.semantic import Embedder, load_embedder  # noqa: E402
from digest.tagging import load_topic  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "backstory"
SPLITS = ("tune", "check", "fresh")
Example = tuple[tuple[float, ...], bool]


def examples(split: str, embedder: Embedder | None = None) -> list[Example]:
    """(signals, same gold thread) for every (today's story, earlier development) pair."""
    rows = [json.loads(line) for line in (DATA / f"{split}.jsonl").open(encoding="utf-8")]
    gold = {row["id"]: row["gold_thread"] for row in rows}
    items = [parse_line(json.dumps(row)) for row in rows]
    topic = load_topic("syria")

    def thread(story: Development) -> str:
        return Counter(gold[r.id] for r in story.reports).most_common(1)[0][0]

    found: list[Example] = []
    for day in sorted({row["published"][:10] for row in rows}):
        now = datetime.fromisoformat(f"{day}T23:59:00+00:00")
        today, earlier = stories_at([i for i in items if i.published <= now], topic, now=now,
                                    embedder=embedder)
        check = thread_check(today, earlier, [topic])
        for story in today:
            for development in earlier:
                if now - REACH <= development.date < now:
                    found.append((check.signals(story.key, development.key),
                                  thread(story) == thread(development)))
    return found


def fit(data: list[Example], l2: float = 0.01, steps: int = 4000, rate: float = 0.5,
        ) -> tuple[list[float], float]:
    """Logistic regression weights and bias, in the signals' own units."""
    width = len(data[0][0])
    mean = [sum(x[i] for x, _ in data) / len(data) for i in range(width)]
    spread = [math.sqrt(sum((x[i] - mean[i]) ** 2 for x, _ in data) / len(data)) or 1.0
              for i in range(width)]
    rows = [([(x[i] - mean[i]) / spread[i] for i in range(width)], float(y)) for x, y in data]
    weights, bias = [0.0] * width, 0.0
    for _ in range(steps):
        grad, grad_bias = [0.0] * width, 0.0
        for z, y in rows:
            error = 1 / (1 + math.exp(-(sum(w * v for w, v in zip(weights, z, strict=True))
                                        + bias))) - y
            grad_bias += error
            for i in range(width):
                grad[i] += error * z[i]
        weights = [w - rate * (g / len(rows) + l2 * w) for w, g in zip(weights, grad,
                                                                        strict=True)]
        bias -= rate * grad_bias / len(rows)
    raw = [w / s for w, s in zip(weights, spread, strict=True)]
    return raw, bias - sum(w * m for w, m in zip(raw, mean, strict=True))


def pair_scores(data: list[Example], model: ThreadModel) -> str:
    chosen = positives = hits = 0
    for x, y in data:
        logit = model.bias + sum(w * v for w, v in zip(model.weights(), x, strict=True))
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
    weights, bias = fit(examples("tune", embedder))
    print("WORDS, NAME_OVERLAP, SHARES_A_NAME, SAME_STORYLINE, LOG_DAYS, OF_CLOSEST, BIAS = (")
    print("    " + ", ".join(f"{w:.3f}" for w in [*weights, bias]) + ")")
    words, overlap, shares, line, days, closest = weights
    model = ThreadModel(words=words, name_overlap=overlap, shares_a_name=shares,
                        same_storyline=line, log_days=days, of_closest=closest, bias=bias)
    for split in SPLITS:
        if (DATA / f"{split}.jsonl").exists():
            print(f"{split}: {pair_scores(examples(split, embedder), model)}")


if __name__ == "__main__":
    main()
