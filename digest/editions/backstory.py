"""Pure "story so far": for a story in today's news, its thread's earlier developments in the
earlier reports' own sentences, dated relative to the edition, attributed and linked.

Contract of `story_so_far(today, earlier, belongs, now=, lines=)`:
- only developments of today's thread (`belongs(today.key, earlier.key)`, in editions
  `ThreadCheck.belongs`: a check per development, not the storyline alone), first reported
  in the REACH before `now`;
- the most recent `lines` of them (a new reader gets up to NEW_READER, a reader who had
  the previous edition up to DAILY_READER), told oldest first;
- each told by the sentence that carries its event (digest.editions.sentences), quoted as
  written, with the outlet it comes from; a development whose reports have no such sentence
  falls back to its headline;
- breadth first: when lines remain after one per development, a development whose reports
  pause for PART_GAP or more is told part by part (the clusterer can merge two days of a
  thread into one story), each part by its own sentence;
- the line's `items` are the reports the sentence comes from:
  the quoted one first, then any other report of the development that carries the same
  sentence word for word (a wire story two outlets ran as written);
- never what today's reports already say, nor the same thing twice (near-duplicates by
  shared content words), and never a development listed in `told` (already told in this
  edition under another story);
- a day said once: a line dated like the line before it has no `when` of its own, nor has
  a line whose sentence names its own day of this week ("EU ministers agreed on Monday").
Nothing is generated: every line is a span of one report's text.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from digest.editions.casing import after_the_day, first_word
from digest.editions.sentences import Quote, best_quote, plain, split_sentences
from digest.stories.lexicon import GAZETTEER
from digest.stories.text import entities, tokens

REACH = timedelta(days=30)
NEW_READER = 5
DAILY_READER = 2
DUPLICATE = 0.6  # share of a sentence's content words already said elsewhere
# Reports of one story that pause this long tell two developments more often than one: the
# clusterer merges "rebels enter Aleppo" and "rebels take most of Aleppo" a day later. On the
# tune split of tests/data/backstory, 18 of the 20 such boundaries fall at pauses of 12 hours
# or more (and 20 of the 38 such pauses are follow-ups of one event).
PART_GAP = timedelta(hours=12)


@dataclass(frozen=True)
class Report:
    """One earlier or current report, as read from a feed."""

    id: str
    title: str
    summary: str
    link: str
    source: str
    published: datetime


@dataclass(frozen=True)
class Development:
    """A story (one event, possibly several outlets) the backstory may tell."""

    key: str
    storyline: str
    reports: tuple[Report, ...]
    topic: str = ""

    @property
    def date(self) -> datetime:
        return min(r.published for r in self.reports)


@dataclass(frozen=True)
class SoFar:
    """One sentence of the story so far."""

    date: datetime
    # "Yesterday", "On Tuesday", "Last week", "On 18 Nov"; "" when the line before it in the
    # paragraph says the same ("Last week, rebels entered Aleppo. They took the airport."),
    # or the sentence names its own day of this week (`dates_itself`).
    when: str
    text: str  # verbatim from the report
    source: str
    link: str
    # The reports the sentence comes from: the quoted one first, then any other report of
    # the development that carries it word for word. Not every outlet's report of the
    # event: a story can merge two developments, and the sentence tells only one.
    items: tuple[str, ...]
    story: str = ""  # the development's key
    # The reports of the edition write the sentence's first word in lower case too ("cars"),
    # so after "On Tuesday, " it is lower case (digest.editions.casing).
    written_lower: bool = False

    @property
    def reads(self) -> str:
        """The line as the reader sees it: "On Tuesday, rebels captured ..."."""
        if not self.when:
            return self.text
        return f"{self.when}, {after_the_day(self.text, self.written_lower)}".rstrip()


def relative_day(date: datetime, now: datetime) -> str:
    """The date as an edition of `now` says it: Yesterday, On Tuesday, Last week, On 18 Nov.
    Days are counted in `now`'s time zone (an edition's is its list's): a report of 15:00
    UTC is "Earlier today" at 20:00 in New York, not "Yesterday" as in UTC."""
    if now.tzinfo is not None and date.tzinfo is not None:
        date = date.astimezone(now.tzinfo)
    days = (now.date() - date.date()).days
    if days <= 0:
        return "Earlier today"
    if days == 1:
        return "Yesterday"
    if days < 7:
        return f"On {date:%A}"
    if days < 14 and date.isocalendar()[1] == (now - timedelta(days=7)).isocalendar()[1]:
        return "Last week"
    if date.year != now.year:
        return f"On {date.day} {date:%b %Y}"
    return f"On {date.day} {date:%b}"


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def dates_itself(text: str, date: datetime, now: datetime) -> bool:
    """The sentence names the day of the week its report is from, and that day is within
    the edition's week, so "On Monday, " before it would say the day twice ("On Monday,
    EU ministers agreed on Monday to ...")."""
    if now.tzinfo is not None and date.tzinfo is not None:
        date = date.astimezone(now.tzinfo)
    return (now.date() - date.date()).days < 7 and f"{date:%A}" in _WEEKDAY.findall(text)


Said = tuple[frozenset[str], frozenset[str]]  # a sentence's content words and its names


def _said(text: str) -> Said:
    return frozenset(tokens(text)), frozenset(entities(text))


def _sentences_of(report: Report) -> list[Said]:
    return [_said(report.title)] + [_said(s) for s in split_sentences(report.summary)]


def _repeats(sentence: Said, said: Sequence[Said]) -> bool:
    """Most of its words said in one sentence already, and every name it has there too."""
    words, names = sentence
    if not words:
        return True
    return any(len(words & other) / len(words) >= DUPLICATE and names <= other_names
               for other, other_names in said)


def _quote(development: Development) -> tuple[Quote, Report]:
    reports = sorted(development.reports, key=lambda r: (r.published, r.id))
    found = best_quote([(r.id, r.title, r.summary) for r in reports])
    if found is None:  # no summary sentence anywhere: the earliest headline, as written
        first = reports[0]
        return Quote(text=plain(first.title), item_id=first.id, score=0.0), first
    return found, next(r for r in reports if r.id == found.item_id)


def _also_carried(text: str, quoted: Report, development: Development) -> list[str]:
    """The development's other reports whose title or summary carries `text` as written."""
    wanted = " ".join(text.split()).casefold()
    return [r.id for r in sorted(development.reports, key=lambda r: (r.published, r.id))
            if r.id != quoted.id and wanted in " ".join(f"{r.title} {r.summary}".split()
                                                        ).casefold()]


def _parts(development: Development) -> list[Development]:
    """The development cut where its reports pause for PART_GAP or more, newest part first
    (a development without such a pause is one part: itself)."""
    reports = sorted(development.reports, key=lambda r: (r.published, r.id))
    parts: list[list[Report]] = [[reports[0]]]
    for before, after in itertools.pairwise(reports):
        if after.published - before.published >= PART_GAP:
            parts.append([])
        parts[-1].append(after)
    return [Development(key=development.key, storyline=development.storyline,
                        reports=tuple(part), topic=development.topic)
            for part in reversed(parts)]


@functools.lru_cache(maxsize=4096)
def _lower_words(report: Report) -> frozenset[str]:
    """The words a report writes in lower case in its prose (for casing a quoted sentence's
    first word): not in a link, a hashtag or a handle ("/aleppo-falls", "#aleppo"), and not
    a place the gazetteer knows."""
    prose = _NOT_PROSE.sub(" ", f"{report.title} {plain(report.summary)}")
    return frozenset(_LOWER_WORD.findall(prose)) - GAZETTEER


_NOT_PROSE = re.compile(r"(?:https?://|www\.)\S+|\S*[#@/]\S*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z']{2,}\b")


def _line(development: Development, now: datetime, said: list[Said],
          chosen: Sequence[SoFar], around: Sequence[Report] = ()) -> SoFar | None:
    """The development's line, or None when its sentence is quoted already or repeats what
    is `said` (today's reports and the lines so far); a line's sentence joins `said`."""
    quote, report = _quote(development)
    if any(report.id in line.items for line in chosen):
        return None
    sentence = _said(quote.text)
    if _repeats(sentence, said):
        return None
    said.append(sentence)
    when = "" if dates_itself(quote.text, report.published, now) else relative_day(
        report.published, now)
    first = first_word(quote.text).lower()
    return SoFar(date=report.published, when=when,
                 written_lower=any(first in _lower_words(r) for r in around),
                 text=quote.text, source=report.source, link=report.link,
                 items=(report.id, *_also_carried(quote.text, report, development)),
                 story=development.key)


Belongs = Callable[[str, str], bool]  # (today's key, earlier key) -> same thread?


def story_so_far(
    today: Development, earlier: Sequence[Development], belongs: Belongs, *,
    now: datetime, lines: int = NEW_READER, told: Collection[str] = (),
) -> list[SoFar]:
    """Up to `lines` dated sentences on today's thread, oldest first (module docstring)."""
    said = [sentence for r in today.reports for sentence in _sentences_of(r)]
    current = {r.id for r in today.reports}
    candidates = sorted(
        (d for d in earlier
         if now - REACH <= d.date < now and d.key != today.key
         and not current & {r.id for r in d.reports}
         and d.key not in told and belongs(today.key, d.key)),
        key=lambda d: (d.date, d.key), reverse=True)
    chosen: list[SoFar] = []
    around = [r for d in (today, *earlier) for r in d.reports]
    # Breadth first: a line per development, newest first; then, while lines remain, the
    # other parts of developments whose reports pause for half a day (PART_GAP).
    for development in [*candidates, *(p for d in candidates for p in _parts(d))]:
        if len(chosen) >= lines:
            break
        if line := _line(development, now, said, chosen, around):
            chosen.append(line)
    return _said_once(sorted(chosen, key=lambda line: (line.date, line.items)))


def _said_once(lines: list[SoFar]) -> list[SoFar]:
    """The lines with a day said once: a line dated like the one before it leaves it out."""
    return [replace(line, when="") if index and lines[index - 1].when == line.when else line
            for index, line in enumerate(lines)]
