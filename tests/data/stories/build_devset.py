"""Builds the labelled story development set (dev_tune.jsonl, dev_check.jsonl) from EVENTS.

Run: .venv/bin/python tests/data/stories/build_devset.py

Each event is one gold story; events of one storyline share its key. Titles and summaries
paraphrase how the outlets reported real Syria events 2011-2026; links follow each outlet's URL
shape (copied from real feeds), so URL cues for kinds are realistic rather than invented.
Analysis pieces are gold singletons (their own story) linked to the storyline they discuss.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from devset_events import EVENTS, SPLIT_OF_STORYLINE

HERE = Path(__file__).parent
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _digits(text: str, length: int) -> str:
    return str(int(hashlib.sha1(text.encode()).hexdigest(), 16))[:length]


def _hex(text: str, length: int) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:length]


def _slug(title: str, words: int = 12) -> str:
    cleaned = re.sub(r"[^a-z0-9 ]+", "", title.lower().replace("-", " "))
    return "-".join(cleaned.split()[:words])


def link_for(source: str, when: str, title: str, form: str) -> str:
    """Builds a URL shaped like the outlet's real ones; form is news/opinion/analysis/..."""
    y, m, d = when[:4], when[5:7], when[8:10]
    slug = _slug(title)
    year = int(y)
    if source == "BBC":
        if year >= 2022:
            return f"https://www.bbc.com/news/articles/c{_hex(title, 10)}o"
        return f"https://www.bbc.co.uk/news/world-middle-east-{_digits(title, 8)}"
    if source == "Al Jazeera":
        section = {"opinion": "opinions", "feature": "features", "explainer": "features"}.get(
            form, "news"
        )
        if year < 2020:
            return f"https://www.aljazeera.com/{section}/{y}/{m}/{slug}-{y[2:]}{m}{d}.html"
        return f"https://www.aljazeera.com/{section}/{y}/{int(m)}/{int(d)}/{slug}"
    if source == "Reuters":
        if year < 2020:
            short, code = _slug(title, 5), _hex(title, 6).upper()
            return f"https://www.reuters.com/article/us-mideast-crisis-syria-{short}-idUSKBN{code}"
        return f"https://www.reuters.com/world/middle-east/{slug}-{y}-{m}-{d}/"
    if source == "AP":
        return f"https://apnews.com/article/{_slug(title, 7)}-{_hex(title, 32)}"
    if source == "Guardian":
        section = "commentisfree" if form in ("opinion", "editorial") else "world"
        return f"https://www.theguardian.com/{section}/{y}/{MONTHS[int(m) - 1]}/{d}/{slug}"
    if source == "NYT":
        section = "opinion" if form == "opinion" else "world/middleeast"
        return f"https://www.nytimes.com/{y}/{m}/{d}/{section}/{_slug(title, 6)}.html"
    if source == "France 24":
        if form in ("opinion", "analysis"):
            return f"https://www.france24.com/en/tv-shows/the-debate/{y}{m}{d}-{slug}"
        return f"https://www.france24.com/en/middle-east/{y}{m}{d}-{slug}"
    if source == "DW":
        return f"https://www.dw.com/en/{slug}/a-{_digits(title, 8)}"
    if source == "CNN":
        tail = "-analysis-intl" if form == "analysis" else "-intl"
        return f"https://www.cnn.com/{y}/{m}/{d}/middleeast/{_slug(title, 6)}{tail}/index.html"
    if source == "NPR":
        return f"https://www.npr.org/{y}/{m}/{d}/nx-s1-{_digits(title, 7)}/{slug}"
    raise ValueError(source)


CATEGORIES = {
    ("Guardian", "news"): ["Syria", "Middle East and north Africa", "World news"],
    ("Guardian", "opinion"): ["Syria", "Opinion"],
    ("Guardian", "editorial"): ["Syria", "Editorials"],
    ("Guardian", "analysis"): ["Syria", "Middle East and north Africa"],
    ("Al Jazeera", "news"): ["News"],
    ("Al Jazeera", "opinion"): ["Opinion"],
    ("Al Jazeera", "feature"): ["Features"],
    ("Al Jazeera", "explainer"): ["Explainer"],
    ("Reuters", "news"): ["World"],
    ("Reuters", "analysis"): ["World"],
    ("NYT", "news"): ["Syria", "Politics and Government"],
    ("NYT", "analysis"): ["Syria", "News Analysis"],
    ("NYT", "opinion"): ["Syria", "Opinion"],
    ("DW", "news"): ["World"],
    ("DW", "opinion"): ["Opinion"],
    ("DW", "analysis"): ["Politics"],
}


def build() -> dict[str, list[dict[str, object]]]:
    splits: dict[str, list[dict[str, object]]] = {"tune": [], "check": []}
    for storyline, story, reports in EVENTS:
        split = SPLIT_OF_STORYLINE[storyline]
        for number, report in enumerate(reports):
            source, when, title, summary, *rest = report
            form = rest[0] if rest else "news"
            kind = "news" if form == "news" else "analysis"
            gold_story = story if kind == "news" else f"{story}-a{number}"
            row = {
                "id": f"{_hex(source + title, 10)}",
                "title": title,
                "summary": summary,
                "link": link_for(source, when, title, form),
                "source": source,
                "published": when + ":00Z",
                "categories": CATEGORIES.get((source, form), []),
                "gold_story": gold_story,
                "gold_storyline": storyline,
                "gold_kind": kind,
            }
            splits[split].append(row)
    return splits


def main() -> None:
    for split, rows in build().items():
        rows.sort(key=lambda row: str(row["id"]))  # no order hint for the clusterer
        path = HERE / f"dev_{split}.jsonl"
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
        print(f"{path.name}: {len(rows)} items")


if __name__ == "__main__":
    main()
