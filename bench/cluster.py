"""Scores the story clusterer on the labelled development sets, default and semantic side by side.

Usage: .venv/bin/python bench/cluster.py [--show-errors] [--split tune|check] [--items 1000]

For each split: story pairwise P/R/F1, storyline F1 over all pairs and over pairs of reports
within 30 days (what a backstory looks back on), and kind accuracy/F1 (analysis = positive),
for the default path and, when the `semantic` extra imports, the semantic path. Then the time
`cluster_items` takes on N items (dev items cycled into N, spread over a year) on each path,
as seconds per 1,000 items; targets: 2 s default, 20 s semantic. Tune only on the tune split.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from digest.stories.clustering import cluster_with
from digest.stories.evaluation import pairwise_f1, pairwise_f1_within
from digest.stories.model import StoryItem
from digest.stories.reading import parse_line
from digest.stories.semantic import Embedder, load_embedder
from digest.stories.tuning import Tuning, default_tuning

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "stories"
MONTH = 30 * 24 * 3600.0


def load(split: str) -> tuple[list[StoryItem], list[dict[str, str]]]:
    lines = (DATA / f"dev_{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [parse_line(line) for line in lines], [json.loads(line) for line in lines]


def _f1(gold: dict[str, str], predicted: dict[str, str], positive: str) -> float:
    hits = sum(1 for k, v in gold.items() if v == positive and predicted[k] == positive)
    said = sum(1 for v in predicted.values() if v == positive)
    real = sum(1 for v in gold.values() if v == positive)
    return 2 * hits / (said + real) if said + real else 1.0


def score(
    split: str, tuning: Tuning, embedder: Embedder | None, show_errors: bool = False
) -> dict[str, float]:
    items, rows = load(split)
    result = cluster_with(items, timedelta(days=3), tuning, embedder)
    story = pairwise_f1({r["id"]: r["gold_story"] for r in rows}, {a.id: a.story for a in result})
    gold_lines = {r["id"]: r["gold_storyline"] for r in rows}
    lines = {a.id: a.storyline for a in result}
    times = {item.id: item.published.timestamp() for item in items}
    near = pairwise_f1_within(gold_lines, lines, times, MONTH)
    kinds_gold = {r["id"]: r["gold_kind"] for r in rows}
    kinds = {a.id: a.kind for a in result}
    if show_errors:
        _print_errors(rows, result, kinds_gold, kinds)
    return {
        "story_p": story.precision,
        "story_r": story.recall,
        "story_f1": story.f1,
        "line30_p": near.precision,
        "line30_r": near.recall,
        "line30_f1": near.f1,
        "line_f1": pairwise_f1(gold_lines, lines).f1,
        "kind_f1": _f1(kinds_gold, kinds, "analysis"),
    }


def _print_errors(rows, result, kinds_gold, kinds) -> None:  # type: ignore[no-untyped-def]
    by_id = {r["id"]: r for r in rows}
    story_of = {a.id: a.story for a in result}
    for key in sorted(k for k in kinds_gold if kinds_gold[k] != kinds[k]):
        print(f"    kind {kinds_gold[key]:8} {by_id[key]['title']}")
    for attribute, gold_key in (("story", "gold_story"), ("storyline", "gold_storyline")):
        groups: dict[str, list[str]] = {}
        for a in result:
            groups.setdefault(getattr(a, attribute), []).append(a.id)
        for members in groups.values():
            if len({by_id[m][gold_key] for m in members}) > 1:
                names = sorted({by_id[m][gold_key] for m in members})
                print(f"    {attribute} merged: {', '.join(names)}")
        gold_groups: dict[str, set[str]] = {}
        for r in rows:
            target = story_of if attribute == "story" else {a.id: a.storyline for a in result}
            gold_groups.setdefault(r[gold_key], set()).add(target[r["id"]])
        for gold, keys in gold_groups.items():
            if len(keys) > 1:
                print(f"    {attribute} split: {gold} into {len(keys)}")


def seconds_per_thousand(count: int, embedder: Embedder | None) -> tuple[float, float]:
    """CPU and wall seconds of one clustering of `count` dev items over a year, per 1,000.

    CPU time is the one-core cost even when other processes share the machine (wall time
    then grows with the load); torch runs on one thread (see semantic.py)."""
    pool = load("tune")[0] + load("check")[0]
    items = []
    for n in range(count):
        base = pool[n % len(pool)]
        shift = timedelta(hours=(n * 97) % (365 * 24))
        items.append(replace(base, id=f"{base.id}-{n}", published=base.published + shift,
                             title=f"{base.title} ({n})"))  # new text: no cache hits
    started, cpu = time.perf_counter(), time.process_time()
    cluster_with(items, timedelta(days=3), default_tuning(embedder is not None), embedder)
    scale = 1000 / count
    return (time.process_time() - cpu) * scale, (time.perf_counter() - started) * scale


def _rank(name: str, metric: str, tunings: list[Tuning], embedder: Embedder | None) -> None:
    """Ranks tunings on the tune split only (check figures are not shown, so they cannot
    leak into the choice; run without --sweep to report them)."""
    results = sorted(((score("tune", t, embedder)[metric], t) for t in tunings),
                     key=lambda pair: -pair[0])
    print(f"{name}: best {metric} on tune")
    for f1, tuning in results[:10]:
        changed = {k: v for k, v in vars(tuning).items() if v != vars(Tuning())[k]}
        print(f"  tune {f1:.3f}  {changed or 'defaults'}")


def sweep(embedder: Embedder | None) -> None:
    """Grids over the story and storyline knobs of one path."""
    import itertools

    base = default_tuning(embedder is not None)
    if embedder is None:
        _rank("story", "story_f1", [
            replace(base, threshold=t, grace_hours=g, half_life_hours=h, entity_weight=e,
                    text_weight=1 - e)
            for t, g, h, e in itertools.product([0.08, 0.1, 0.12], [3.0, 6.0], [12.0, 24.0],
                                                [0.3, 0.4])
        ], embedder)
    else:
        _rank("story", "story_f1", [
            replace(base, semantic_weight=w, semantic_floor=f, threshold=t)
            for w, f, t in itertools.product([0.3, 0.5, 0.7], [0.25, 0.35, 0.45],
                                             [0.08, 0.1, 0.12])
        ], embedder)
    grid = itertools.product([0.06, 0.08, 0.1, 0.12], [0.7, 1.0], [0.5, 1.0], [0, 2, 3],
                             [0.25, 0.5] if embedder else [0.5],
                             [0.45, 0.6] if embedder else [0.45])
    _rank("storyline", "line30_f1", [
        replace(base, storyline_threshold=t, storyline_linkage=k, storyline_anchor_penalty=a,
                storyline_support=n, storyline_semantic_weight=w, storyline_semantic_floor=f)
        for t, k, a, n, w, f in grid
    ], embedder)
    _rank("storyline chaining", "line30_f1", [
        replace(base, storyline_chain_threshold=t, storyline_chain_days=d,
                storyline_chain_shared=n)
        for t, d, n in itertools.product([0.0, 0.04, 0.06, 0.08, 0.1], [10.0, 21.0, 30.0],
                                         [0.5, 1.0, 1.5, 2.0, 3.0])
    ], embedder)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--split", choices=["tune", "check"], action="append")
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--sweep", choices=["default", "semantic"])
    args = parser.parse_args()
    semantic = load_embedder("auto")
    if args.sweep:
        sweep(semantic if args.sweep == "semantic" else None)
        return
    paths: list[tuple[str, Embedder | None]] = [("default", None)]
    if semantic is None:
        print("semantic path: extra not installed, showing the default path only")
    else:
        paths.append(("semantic", semantic))
    names = list(score("tune", Tuning(), None))
    for split in args.split or ["tune", "check"]:
        print(f"{split}: " + "  ".join(f"{name:>9}" for name in names))
        for label, embedder in paths:
            figures = score(split, default_tuning(embedder is not None), embedder,
                            args.show_errors)
            print(f"  {label:<9}" + "  ".join(f"{figures[n]:>9.3f}" for n in names))
    print(f"time of digest cluster's scoring on {args.items:,} items (one core; load "
          f"{os.getloadavg()[0]:.1f}):")
    for label, embedder in paths:
        if embedder is not None:
            embedder.embed(["warm up"])
        target = 2.0 if embedder is None else 20.0
        cpu, wall = seconds_per_thousand(args.items, embedder)
        verdict = "met" if cpu <= target else "MISSED"
        print(f"  {label:<9} {cpu:6.2f} s CPU per 1,000 items ({wall:6.2f} s wall)"
              f"  target {target:.0f} s: {verdict}")


if __name__ == "__main__":
    main()
