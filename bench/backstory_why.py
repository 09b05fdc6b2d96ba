"""Why a gold earlier development is not drawn on: `bench/backstory.py --why`.

For each of today's stories and each gold earlier development the bench expects (its thread's
five most recent events first reported within 30 days before the day's news) that no line
draws on, the first stage of the pipeline that loses it:

- a: never a candidate: untagged by the topic; outside the clustering lookback; clustered
  as analysis; clustered into today's news (this story or another one); first reported
  outside the backstory's REACH; merged into an earlier story whose key is this story's;
- b: rejected by the thread check (outside today's thread group; in it, but the group too
  small and the probability under the `alone` bar; or by its probability, and whether the
  two share a specific name);
- c: accepted but cut by the per-reader cap (with how many off-thread lines took a slot),
  or deduplicated against today's reports;
- e: accepted and told, but the line's items credit another gold event (a story merging
  several events, or the bench's matching).
(d, no usable sentence, cannot lose a development: story_so_far falls back to the headline.)
Counts only; it reads the gold labels of the split it is given (use it on tune only).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from digest.editions.backstory import NEW_READER, REACH, Development, story_so_far
from digest.editions.history import NEWS_WINDOW, background_of, stories_at, thread_check
from digest.editions.threads import ThreadCheck
from digest.stories import StoryItem, cluster_items
from digest.stories.semantic import Embedder
from digest.tagging import Topic, tag_item

VERBOSE = [False]


def _thread_rule(check: ThreadCheck, today: str, key: str) -> str:
    probability, threshold = check.probability(today, key), check.threshold
    if probability >= threshold:
        if check.group(key) != check.group(today):
            return f"b: thread check, probability {threshold} or more, outside today's group"
        return f"b: thread check, today's group too small, probability below {check.alone}"
    near = f"0.3 to {threshold}" if probability >= 0.3 else "below 0.3"
    names = "shares a specific name" if check.shared(today, key) else "shares no specific name"
    return f"b: thread check, probability {near}, {names}"


def reasons(items: Sequence[StoryItem], topic: Topic, now: datetime,
            missed: dict[str, list[str]], gold: dict[str, dict],
            embedder: Embedder | None = None) -> Counter[str]:
    """Reason counts for the missed gold events of each of today's stories.
    `missed`: today's story key -> gold events not drawn on; `embedder`: the semantic
    path's, when the bench runs on it (the stories must be the ones the bench scored)."""
    today, earlier = stories_at(items, topic, now=now, embedder=embedder)
    check = thread_check(today, earlier, [topic], background=background_of(items, topic, now=now),
                         semantic=embedder is not None)
    start = now - REACH - NEWS_WINDOW
    window = [i for i in items if start <= i.published <= now]
    tagged = {i.id for i in window if tag_item(topic, i.title, i.summary) is not None}
    kinds = {i.id: a.kind for i, a in zip(
        [i for i in window if i.id in tagged],
        cluster_items([i for i in window if i.id in tagged], embedder=embedder),
        strict=True)}
    home: dict[str, Development] = {r.id: d for d in [*today, *earlier] for r in d.reports}
    found: Counter[str] = Counter()
    for story in today:
        for event in missed.get(story.key, []):
            found[_reason(story, event, items, earlier, check, now, start, tagged, kinds,
                          home, gold)] += 1
    return found


def _reason(story: Development, event: str, items: Sequence[StoryItem],
            earlier: Sequence[Development], check: ThreadCheck, now: datetime,
            start: datetime, tagged: set[str], kinds: dict[str, str],
            home: dict[str, Development], gold: dict[str, dict]) -> str:
    reports = [i for i in items if gold[i.id]["gold_event"] == event]
    if all(i.published < start for i in reports):
        return "a: outside the clustering lookback"
    if not any(i.id in tagged for i in reports):
        return "a: untagged by the topic"
    if not any(i.id in home for i in reports):
        return "a: clustered as " + "/".join(sorted({kinds.get(i.id, "?") for i in reports}))
    devs = {home[i.id].key: home[i.id] for i in reports if i.id in home}
    if story.key in devs:
        return "a: in today's story itself"
    if all(d not in {e.key for e in earlier} for d in devs):
        return "a: in another story of today's news"
    olds = [d for d in devs.values() if d in earlier]
    if all(d.date < now - REACH for d in olds):
        return "a: first reported outside REACH"
    if not any(check.belongs(story.key, d.key) for d in olds):
        if VERBOSE[0]:
            print("     ", now.date(), event, "<-", story.reports[0].title[:60], "|",
                  olds[0].reports[0].title[:50], "|", detail(check, story.key, olds[0].key))
        return _thread_rule(check, story.key, olds[0].key)
    everything = story_so_far(story, earlier, check.belongs, now=now, lines=len(earlier) + 1)
    told = story_so_far(story, earlier, check.belongs, now=now, lines=NEW_READER)
    if not any(line.story in devs for line in everything):
        return "c: deduplicated against today's reports"
    if not any(line.story in devs for line in told):
        thread = Counter(gold[r.id]["gold_thread"] for r in story.reports).most_common(1)[0][0]
        off = sum(gold[line.items[0]]["gold_thread"] != thread for line in told)
        return f"c: cut by the cap ({off} off-thread line(s) took a slot)"
    return "e: told, but the line's items credit another gold event"


def detail(check: ThreadCheck, today: str, key: str) -> str:
    """The thread check's view of one pair, for reading a rejection."""
    signals = ", ".join(f"{value:.2f}" for value in check.signals(today, key))
    return (f"shared {sorted(check.shared(today, key))} signals ({signals}) probability "
            f"{check.probability(today, key):.2f} today names {sorted(check.names(today))} "
            f"earlier names {sorted(check.names(key))}")
