"""Builds the backstory development set (tune, check, fresh and hard .jsonl) from events_*.py.

Run: .venv/bin/python tests/data/backstory/build.py

One JSON line per report: the `digest backstory` input fields, plus `gold_thread` and
`gold_event` (the labels bench/backstory.py scores against).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import events_check
import events_fresh_2012
import events_fresh_2022
import events_fresh_2025
import events_hard_2012
import events_hard_2014
import events_hard_2017
import events_hard_2024
import events_tune
import events_tune_2011
import events_tune_2014
import events_tune_2015
import events_tune_2016
import events_tune_2016_spring
import events_tune_2018
import events_tune_2019

HERE = Path(__file__).parent
HOSTS = {"Reuters": "www.reuters.com/world/middle-east", "AP": "apnews.com/article",
         "BBC": "www.bbc.com/news/articles", "Al Jazeera": "www.aljazeera.com/news",
         "Guardian": "www.theguardian.com/world", "France 24": "www.france24.com/en/middle-east",
         "DW": "www.dw.com/en"}


def _slug(title: str) -> str:
    return "-".join(re.sub(r"[^a-z0-9 ]+", "", title.lower()).split()[:10])


def rows(events: list) -> list[dict]:
    found = []
    for thread, event, reports in events:
        for source, when, title, summary in reports:
            ident = hashlib.sha1(f"{source}|{when}|{title}".encode()).hexdigest()[:10]
            found.append({
                "id": ident, "title": title, "summary": summary,
                "link": f"https://{HOSTS[source]}/{when[:10]}/{_slug(title)}",
                "source": source, "published": f"{when}:00Z",
                "gold_thread": thread, "gold_event": event,
            })
    return sorted(found, key=lambda row: (row["published"], row["id"]))


if __name__ == "__main__":
    splits = {
        "tune": [events_tune, events_tune_2011, events_tune_2014, events_tune_2015,
                 events_tune_2016, events_tune_2016_spring, events_tune_2018, events_tune_2019],
        "check": [events_check],
        # Written blind on 2026-11-28, while the thread check was last changed, and scored
        # only to report it: the split nothing has been chosen on (see docs/stories.md).
        "fresh": [events_fresh_2012, events_fresh_2022, events_fresh_2025],
        # Written blind on 2026-11-28 by a later session, scored once, then read: threads
        # finer and more crowded than the other splits' (docs/stories.md). Reported only.
        "hard": [events_hard_2012, events_hard_2014, events_hard_2017,
                 events_hard_2024],
    }
    for name, modules in splits.items():
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for row in rows([event for module in modules for event in module.EVENTS]):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
