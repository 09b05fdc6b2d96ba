"""Scores the story clusterer on the labelled development sets, optionally sweeping knobs.

Usage: .venv/bin/python bench/cluster.py [--sweep] [--show-errors]
Prints pairwise precision/recall/F1 for stories and storylines and kind accuracy per split.
"""

from __future__ import annotations

import argparse
import itertools
import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from digest.stories.clustering import Tuning, cluster_with
from digest.stories.evaluation import accuracy, misses, pairwise_f1
from digest.stories.model import StoryItem
from digest.stories.reading import parse_line

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "stories"


def load(split: str) -> tuple[list[StoryItem], list[dict[str, str]]]:
    names = ["tune", "check"] if split == "all" else [split]
    lines = [
        line
        for name in names
        for line in (DATA / f"dev_{name}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    return [parse_line(line) for line in lines], [json.loads(line) for line in lines]


def score(split: str, tuning: Tuning, show_errors: bool = False) -> dict[str, float]:
    items, rows = load(split)
    result = cluster_with(items, timedelta(days=3), tuning)
    story = pairwise_f1({r["id"]: r["gold_story"] for r in rows}, {a.id: a.story for a in result})
    line = pairwise_f1(
        {r["id"]: r["gold_storyline"] for r in rows}, {a.id: a.storyline for a in result}
    )
    kinds_gold = {r["id"]: r["gold_kind"] for r in rows}
    kinds = {a.id: a.kind for a in result}
    if show_errors:
        by_id = {r["id"]: r for r in rows}
        for key in misses(kinds_gold, kinds):
            print(f"  kind {kinds_gold[key]:8} {by_id[key]['title']}")
        groups: dict[str, list[str]] = {}
        for a in result:
            groups.setdefault(a.story, []).append(a.id)
        for members in groups.values():
            golds = {by_id[m]["gold_story"] for m in members}
            if len(golds) > 1:
                print("  merged:", " | ".join(by_id[m]["title"][:50] for m in members))
        gold_groups: dict[str, set[str]] = {}
        for r in rows:
            gold_groups.setdefault(r["gold_story"], set()).add(
                {a.id: a.story for a in result}[r["id"]]
            )
        for gold, keys in gold_groups.items():
            if len(keys) > 1:
                print(f"  split: {gold} into {len(keys)}")
    return {
        "story_p": story.precision,
        "story_r": story.recall,
        "story_f1": story.f1,
        "line_f1": line.f1,
        "kind_acc": accuracy(kinds_gold, kinds),
    }


def sweep() -> None:
    base = Tuning()
    best = []
    grid = itertools.product(
        [0.5, 0.6, 0.7],
        [0.06, 0.08, 0.1, 0.12, 0.15],
        [6.0, 12.0],
        [24.0, 48.0],
        [0.5, 1.0],
        [0.3, 0.6, 1.0],
    )
    for text_weight, threshold, grace, half_life, penalty, conflict in grid:
        tuning = replace(
            base,
            text_weight=text_weight,
            entity_weight=1 - text_weight,
            threshold=threshold,
            grace_hours=grace,
            half_life_hours=half_life,
            same_source_penalty=penalty,
            place_conflict_penalty=conflict,
        )
        best.append((score("tune", tuning)["story_f1"], tuning))
    best.sort(key=lambda pair: -pair[0])
    for f1, tuning in best[:8]:
        check, every = score("check", tuning)["story_f1"], score("all", tuning)["story_f1"]
        print(f"{f1:.3f} check={check:.3f} all={every:.3f} {tuning}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    if args.sweep:
        sweep()
        return
    for split in ("tune", "check", "all"):
        print(split)
        figures = score(split, Tuning(), args.show_errors)
        print("  " + "  ".join(f"{name}={value:.3f}" for name, value in figures.items()))


if __name__ == "__main__":
    main()
