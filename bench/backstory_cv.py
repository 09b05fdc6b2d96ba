"""Leave-one-year-out cross-validation of the backstory on the tune split, end to end.

Run: .venv/bin/python bench/backstory_cv.py [--threshold 0.4 0.5 ...] [--cut 0.45 0.5 ...]
     [--alone 0.6 0.65 ...] [--semantic]

For each year of the tune split's history, both thread-check models are fitted
(bench/fit_threads.fit_both) on the other years' days and the held-out year is scored day
by day as bench/backstory.py scores a split; the counts add up over the years, for each
threshold, cut and alone bar given (digest.editions.threads.ThreadModel). This is how the
thread check's three were chosen: tune is what the weights are fitted on, so its own
score flatters them, and the check split is small (68 stories) and was read in earlier
sessions. Takes a few minutes. --semantic groups the stories on the semantic path (the
weights are fitted on the default path's, as shipped) and tries `semantic_threshold`,
`semantic_cut` and `semantic_alone`.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.backstory import Score, Told, score  # noqa: E402
from bench.fit_threads import fit_both, rows_of  # noqa: E402
from digest.editions.history import backstories_at  # noqa: E402
from digest.editions.threads import ThreadModel  # noqa: E402
from digest.stories.semantic import Embedder, load_embedder  # noqa: E402
from digest.tagging import Topic  # noqa: E402


def told_with(model: ThreadModel, embedder: Embedder | None = None,
              ) -> Callable[[list, Topic, datetime], Told]:
    """bench.backstory.ours with the thread check's `model` (fitted without the held-out year)."""
    def method(items: list, topic: Topic, now: datetime) -> Told:
        told = []
        for story, backstory in backstories_at(items, topic, now=now, model=model,
                                               embedder=embedder):
            lines = [(s.text, list(s.items)) for s in (backstory.so_far if backstory else ())]
            told.append((story, lines, [w.name for w in (backstory.who if backstory else ())]))
        return told
    return method


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, nargs="+")
    parser.add_argument("--cut", type=float, nargs="+")
    parser.add_argument("--alone", type=float, nargs="+")
    parser.add_argument("--semantic", action="store_true",
                        help="group on the semantic path (needs the semantic extra)")
    args = parser.parse_args()
    embedder = load_embedder("on") if args.semantic else None
    shipped = ThreadModel()
    args.threshold = args.threshold or [
        shipped.semantic_threshold if args.semantic else shipped.threshold]
    args.cut = args.cut or [shipped.semantic_cut if args.semantic else shipped.cut]
    args.alone = args.alone or [shipped.semantic_alone if args.semantic else shipped.alone]
    prefix = "semantic_" if args.semantic else ""
    rows = rows_of("tune")
    years = sorted({row["published"][:4] for row in rows})
    totals = {grid: Score() for grid in itertools.product(args.threshold, args.cut, args.alone)}
    for year in years:
        model, _ = fit_both(rows=[row for row in rows if row["published"][:4] != year])
        held_out = [row for row in rows if row["published"][:4] == year]
        for (threshold, cut, alone), total in totals.items():
            chosen = replace(model, **{f"{prefix}threshold": threshold, f"{prefix}cut": cut,
                                       f"{prefix}alone": alone})
            found = score(held_out, told_with(chosen, embedder), False)
            for name in (f.name for f in fields(Score) if f.name != "misses"):
                setattr(total, name, getattr(total, name) + getattr(found, name))
    for (threshold, cut, alone), total in totals.items():
        path = " semantic" if args.semantic else ""
        print(total.row(f"tune CV{path} at {threshold}/{cut}/{alone}"))


if __name__ == "__main__":
    main()
