"""Benchmark: the thread check's cost at an edition's candidate cap, with and without the
year's background.

Run: .venv/bin/python bench/threads.py [--earlier 400] [--today 10] [--rounds 3]

An edition's build checks every story of today's news against every earlier development
(`digest.editions.queries`: at most MAX_CANDIDATES * 2 = 400 earlier stories) and counts
word rarity against the topic's reports of the past year (BACKGROUND_CAP reports, each
summary cut at BACKGROUND_CHARS). This times what the build does with them, once per list:
build the `ThreadCheck` and ask `thread(today)` for each of today's stories. Stories and
background are real reports of the backstory development set (tests/data/backstory),
cycled and spread over 30 days. The baseline, measured in the same run, is the same check
without the background (word rarity from the pool alone), so the comparison shows what the
background costs. Docs say about 2 s at the cap on one core (thread groups weigh every pair).
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from digest.editions.threads import (  # noqa: E402
    BACKGROUND_CAP,
    BACKGROUND_CHARS,
    ThreadCheck,
    ThreadText,
    topic_names,
)
from digest.tagging import load_topic  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "backstory"
NOW = datetime(2025, 1, 31, 12, tzinfo=UTC)


def reports() -> list[tuple[str, str]]:
    """(title, summary) of every report of the development set's splits."""
    return [(row["title"], row["summary"]) for split in ("tune", "check", "fresh")
            for row in map(json.loads, (DATA / f"{split}.jsonl").open(encoding="utf-8"))]


def pool(texts: list[tuple[str, str]], earlier: int, today: int) -> list[ThreadText]:
    """`today` stories of the last day and `earlier` ones over the 30 days before, two
    reports each."""
    cycle = itertools.cycle(texts)
    stories = []
    for n in range(today + earlier):
        hours = n * 30 * 24 / (today + earlier) if n >= today else 1
        stories.append(ThreadText(key=f"s{n:04d}", storyline=f"l{n % 50}",
                                  texts=(next(cycle), next(cycle)),
                                  date=NOW - timedelta(hours=hours)))
    return stories


def run(stories: list[ThreadText], today: int, background: list[tuple[str, str]],
        rounds: int) -> float:
    """Median seconds to build the check and ask each of today's stories for its thread."""
    names = topic_names(load_topic("syria"))
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        check = ThreadCheck(stories, names=names, background=background)
        for story in stories[:today]:
            check.thread(story.key)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--earlier", type=int, default=400)
    parser.add_argument("--today", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = reports()
    stories = pool(texts, args.earlier, args.today)
    background = [(title, summary[:BACKGROUND_CHARS]) for title, summary in
                  itertools.islice(itertools.cycle(texts), BACKGROUND_CAP)]
    base = run(stories, args.today, [], args.rounds)
    full = run(stories, args.today, background, args.rounds)
    print(f"pool: {args.today} of today's stories, {args.earlier} earlier; background "
          f"{len(background)} reports; median of {args.rounds}")
    print(f"baseline, no background: {base:6.2f} s")
    print(f"with the background:     {full:6.2f} s  ({full / base:.2f}x the baseline)")


if __name__ == "__main__":
    main()
