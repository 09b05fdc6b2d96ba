"""Scores the backstory ("Let's bring you up to speed") on the development set, day by day.

Run: .venv/bin/python bench/backstory.py [--split tune|check|fresh|hard|all] [--show] [--why]
     [--semantic]

--why counts, for each missed development, the pipeline stage that lost it
(bench/backstory_why.py); use it on the tune split only.

For each day of a split's history, the history up to 23:59 that day goes through the same
function `digest backstory` runs (digest.editions.history.backstories_at), and each story's
lines are scored against the gold labels (tests/data/backstory/*.jsonl):
- thread: share of so_far lines whose items are from the story's own gold thread;
- drawn on: of the five most recent earlier developments (gold events) of the thread within
  30 days before the day's news, the share some line draws on;
- repeats: lines that tell only gold events an earlier line of the same story told;
- sentences: share of lines that are sentences, not headlines (not an item's title, ending
  in . ! or ?);
- who: share of who's-who names found in the story's text, and share of stories with one.
The baseline, measured in the same run, is a naive same-names heuristic: the five most
recent earlier stories sharing any capitalised name with today's story, told by headline.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.backstory_why import reasons  # noqa: E402
from bench.fit_threads import SPLITS, rows_of  # noqa: E402
from digest.editions.backstory import Development  # noqa: E402
from digest.editions.history import NEWS_WINDOW, backstories_at, stories_at  # noqa: E402
from digest.stories.reading import parse_line  # noqa: E402
from digest.stories.semantic import Embedder, load_embedder  # noqa: E402
from digest.stories.text import entities  # noqa: E402
from digest.tagging import Topic, load_topic  # noqa: E402

Line = tuple[str, list[str]]  # text, item ids
Told = list[tuple[Development, list[Line], list[str]]]  # story, lines, who names


@dataclass
class Score:
    lines: int = 0
    on_thread: int = 0
    expected: int = 0
    drawn: int = 0
    sentences: int = 0
    stories: int = 0
    with_who: int = 0
    names: int = 0
    names_found: int = 0
    repeats: int = 0
    misses: list[str] = field(default_factory=list)

    def row(self, label: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:5.1f}%" if b else "   n/a"
        return (f"{label:<22} thread {pct(self.on_thread, self.lines)}  drawn on "
                f"{pct(self.drawn, self.expected)}  sentences {pct(self.sentences, self.lines)}"
                f"  who found {pct(self.names_found, self.names)} on "
                f"{pct(self.with_who, self.stories)} of {self.stories} stories, {self.lines} lines,"
                f" {self.repeats} repeats")


EMBEDDER: list[Embedder | None] = [None]  # --semantic: the semantic path's embedder


def ours(items: list, topic: Topic, now: datetime) -> Told:
    told = []
    for story, backstory in backstories_at(items, topic, now=now, embedder=EMBEDDER[0]):
        lines = [(s.text, list(s.items)) for s in (backstory.so_far if backstory else ())]
        who = [w.name for w in (backstory.who if backstory else ())]
        told.append((story, lines, who))
    return told


def naive(items: list, topic: Topic, now: datetime) -> Told:
    today, earlier = stories_at(items, topic, now=now, embedder=EMBEDDER[0])
    told = []
    for story in today:
        names = set().union(*(entities(f"{r.title}. {r.summary}") for r in story.reports))
        near = [d for d in earlier if d.date >= now - timedelta(days=30) and names & set().union(
            *(entities(f"{r.title}. {r.summary}") for r in d.reports))]
        near.sort(key=lambda d: d.date, reverse=True)
        lines = [(d.reports[0].title, [d.reports[0].id]) for d in near[:5]]
        told.append((story, sorted(lines, key=lambda line: line[1]), []))
    return told


def score(rows: list[dict], method: Callable[[list, Topic, datetime], Told], show: bool,
          why: Counter[str] | None = None) -> Score:
    topic = load_topic("syria")
    gold = {row["id"]: row for row in rows}
    items = [parse_line(json.dumps(row)) for row in rows]
    first = {}
    for row in rows:
        key = (row["gold_thread"], row["gold_event"])
        first[key] = min(first.get(key, row["published"]), row["published"])
    days = sorted({row["published"][:10] for row in rows})
    result = Score()
    for day in days:
        now = datetime.fromisoformat(f"{day}T23:59:00+00:00")
        history = [i for i in items if i.published <= now]
        missed: dict[str, list[str]] = {}
        for story, lines, who in method(history, topic, now):
            ids = [r.id for r in story.reports]
            thread = Counter(gold[i]["gold_thread"] for i in ids).most_common(1)[0][0]
            own_events = {gold[i]["gold_event"] for i in ids}
            result.stories += 1
            text = " ".join(f"{r.title} {r.summary}" for r in story.reports).casefold()
            result.with_who += bool(who)
            result.names += len(who)
            result.names_found += sum(name.casefold() in text for name in who)
            titles = {gold[i]["title"].casefold() for _, line_ids in lines for i in line_ids}
            told_events: set[str] = set()
            for line_text, line_ids in lines:
                result.lines += 1
                events = {gold[i]["gold_event"] for i in line_ids}
                result.repeats += events <= told_events
                told_events |= events
                good = all(gold[i]["gold_thread"] == thread for i in line_ids)
                result.on_thread += good
                result.sentences += (line_text.casefold() not in titles
                                     and line_text.rstrip("\"'\u201d").endswith((".", "!", "?")))
                if show and not good:
                    took = gold[line_ids[0]]["gold_thread"]
                    result.misses.append(f"{day} [{thread}] took [{took}] {line_text[:90]}")
            start = (now - NEWS_WINDOW - timedelta(days=30)).isoformat()[:16]
            cut = (now - NEWS_WINDOW).isoformat()[:16]
            earlier = sorted(((when, event) for (t, event), when in first.items()
                              if t == thread and start <= when < cut
                              and event not in own_events), reverse=True)[:5]
            used = {gold[i]["gold_event"] for _, line_ids in lines for i in line_ids}
            result.expected += len(earlier)
            result.drawn += sum(event in used for _, event in earlier)
            missed[story.key] = [event for _, event in earlier if event not in used]
            if show and missed[story.key]:
                result.misses.append(f"{day} [{thread}] missed {missed[story.key]}")
        if why is not None:
            why.update(reasons(history, topic, now, missed, gold, EMBEDDER[0]))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument("--show", action="store_true", help="list wrong and missed lines")
    parser.add_argument("--why", action="store_true",
                        help="count why each missed development was missed (use on tune only)")
    parser.add_argument("--semantic", action="store_true",
                        help="cluster on the semantic path (needs the `semantic` extra)")
    args = parser.parse_args()
    if args.semantic:
        EMBEDDER[0] = load_embedder("on")
    splits = list(SPLITS) if args.split == "all" else [args.split]
    for split in splits:
        rows = rows_of(split)
        for label, method in (("ours", ours), ("naive same-names", naive)):
            why: Counter[str] | None = Counter() if args.why and label == "ours" else None
            result = score(rows, method, args.show and label == "ours", why)
            print(result.row(f"{split}: {label}"))
            for miss in result.misses:
                print("   ", miss)
            for reason, count in sorted((why or Counter()).items()):
                print(f"    {count:3d}  {reason}")
    print("targets: thread >= 85%, drawn on >= 70%, sentences >= 80%, who found >= 90% on"
          " >= 50% of stories")


if __name__ == "__main__":
    main()
