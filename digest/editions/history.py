"""Pure backstory over a plain history of items (no database): what `digest backstory` runs.

`stories_at(items, topic, now=)` goes the edition's way: tag each item with the topic
(digest.tagging.tag_item), cluster the tagged items of the last REACH + a day into stories and
storylines (digest.stories.cluster_items), take as today's news the news stories with a
report in the last NEWS_WINDOW, and as earlier developments the news stories wholly before
it. `backstories_at` then checks threads (digest.editions.threads; the history's reports
about the topic of the past year are the words' background, as in an edition) and tells
each story's
backstory (digest.editions.catchup.tell) in the new reader's version, each story on its own.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from digest.editions.backstory import NEW_READER, REACH, Development, Report
from digest.editions.catchup import Backstory, tell
from digest.editions.threads import (
    BACKGROUND_CAP,
    BACKGROUND_CHARS,
    BACKGROUND_REACH,
    ThreadCheck,
    ThreadModel,
    ThreadText,
    topic_names,
)
from digest.stories import StoryItem, cluster_items
from digest.stories.semantic import Embedder
from digest.tagging import Topic, tag_item

NEWS_WINDOW = timedelta(days=1)  # a daily edition's news


def _report(item: StoryItem) -> Report:
    return Report(id=item.id, title=item.title, summary=item.summary, link=item.link,
                  source=item.source, published=item.published)


def stories_at(
    items: Sequence[StoryItem], topic: Topic, *, now: datetime, embedder: Embedder | None = None
) -> tuple[list[Development], list[Development]]:
    """(today's news stories, most widely reported first; earlier news stories). With an
    `embedder` (DIGEST_SEMANTIC) stories and storylines are clustered on the semantic path,
    as the workers do."""
    start = now - REACH - NEWS_WINDOW
    tagged = [i for i in items if start <= i.published <= now
              and tag_item(topic, i.title, i.summary) is not None]
    stories: dict[str, list[StoryItem]] = {}
    lines: dict[str, str] = {}
    for item, assignment in zip(tagged, cluster_items(tagged, embedder=embedder), strict=True):
        if assignment.kind != "news":
            continue
        stories.setdefault(assignment.story, []).append(item)
        lines[assignment.story] = assignment.storyline
    today: list[Development] = []
    earlier: list[Development] = []
    for key in sorted(stories):
        members = sorted(stories[key], key=lambda i: (i.published, i.id))
        development = Development(key=key, storyline=lines[key], topic=topic.name,
                                  reports=tuple(_report(i) for i in members))
        latest = members[-1].published
        (today if latest > now - NEWS_WINDOW else earlier).append(development)
    today.sort(key=lambda d: (len({r.source for r in d.reports}),
                              max(r.published for r in d.reports)), reverse=True)
    return today, earlier


def thread_check(
    today: Sequence[Development], earlier: Sequence[Development], topics: Sequence[Topic],
    model: ThreadModel | None = None, background: Iterable[tuple[str, str]] = (),
    *, semantic: bool = False,
) -> ThreadCheck:
    """The thread check over today's and earlier stories, with the topics' entity data;
    `background`: (title, summary) of the topic's reports of the past year, for IDF;
    `semantic`: the stories were grouped on the semantic path."""
    texts = [ThreadText(key=d.key, storyline=d.storyline, date=d.date,
                        texts=tuple((r.title, r.summary) for r in d.reports))
             for d in [*today, *earlier]]
    return ThreadCheck(texts, names=topic_names(*topics), model=model, background=background,
                       semantic=semantic)


def background_of(items: Sequence[StoryItem], topic: Topic, *, now: datetime,
                  ) -> list[tuple[str, str]]:
    """(title, summary) of the history's reports about `topic` (tagged as the workers tag
    them) of the BACKGROUND_REACH before `now`, the most recent BACKGROUND_CAP of them,
    summaries cut at BACKGROUND_CHARS: what the thread check counts words against, as an
    edition's build reads it from the database (queries.background_texts)."""
    recent = sorted((i for i in items if now - BACKGROUND_REACH <= i.published <= now),
                    key=lambda i: i.published, reverse=True)
    about = (i for i in recent if tag_item(topic, i.title, i.summary) is not None)
    return [(i.title, i.summary[:BACKGROUND_CHARS])
            for i in itertools.islice(about, BACKGROUND_CAP)]


def backstories_at(items: Sequence[StoryItem], topic: Topic, *, now: datetime,
                   model: ThreadModel | None = None, embedder: Embedder | None = None,
                   ) -> list[tuple[Development, Backstory | None]]:
    """Each of today's stories with its new-reader backstory (None: nothing to tell).
    `model`: the thread check's weights (the fitting bench tries others; editions use the
    defaults);
    `embedder`: the semantic path's sentence embeddings (None: the default path)."""
    today, earlier = stories_at(items, topic, now=now, embedder=embedder)
    check = thread_check(today, earlier, [topic], model, background_of(items, topic, now=now),
                         semantic=embedder is not None)
    told = tell(today, earlier, check.belongs, topic.spec.explainers, now=now,
                lines=NEW_READER, share=False)
    by_story = {b.story: b for b in told}
    return [(story, by_story.get(story.key)) for story in today]
